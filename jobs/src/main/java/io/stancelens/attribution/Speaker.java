package io.stancelens.attribution;

/**
 * Who a statement is attributed to: the mention in the text and the canonical speaker it resolves to.
 *
 * @param mentionBegin start of the mention, or -1 when none is stated
 * @param mentionEnd   end of the mention, or -1
 * @param mention      the mention's text, or null
 * @param name         canonical name, or null when unresolved
 * @param type         PERSON, ORGANIZATION, UNKNOWN or NONE
 * @param how          how it was resolved: name, pronoun, description, unnamed, organization, relative, ...
 * @param confidence   how reliable that resolution is, 0..1
 */
record Speaker(int mentionBegin, int mentionEnd, String mention, String name, String type, String how,
               double confidence) {

  static final Speaker NONE = new Speaker(-1, -1, null, null, Statement.NONE, "none", 1.0);

  Speaker withMention(int begin, int end, String text) {
    return new Speaker(begin, end, text, name, type, how, confidence);
  }
}
