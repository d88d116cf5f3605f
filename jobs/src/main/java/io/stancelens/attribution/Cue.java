package io.stancelens.attribution;

import io.stancelens.attribution.Doc.Tok;

/**
 * A cue found in the text outside quotation marks: the verb (or "according to"), its span, the nominal
 * naming the speaker, and the tokens of what it introduces.
 *
 * @param verb          the cue's head token ("said", "according")
 * @param begin         cue start offset
 * @param end           cue end offset
 * @param subject       head token of the speaker's noun phrase, or null
 * @param contentFirst  first token id of the content, or -1 when the cue has no content of its own
 * @param contentLast   last token id of the content, or -1
 * @param kind          clause, according-to, light-verb, relative, parenthetical
 */
record Cue(Tok verb, int begin, int end, Tok subject, int contentFirst, int contentLast, String kind) {

  boolean hasContent() {
    return contentFirst >= 0 && contentLast >= contentFirst;
  }
}
