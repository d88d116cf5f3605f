package io.stancelens.stance;

import java.io.Serializable;

/**
 * Something an actor said or did that may carry a stance: a quote or reported speech (from attribution),
 * or an author's clause reporting an actor's position or action ("Putin declined to agree to ...").
 *
 * @param statementId  unique within the article: {@code q<quote_index>} for quotes, {@code a<sentence>.<token>}
 *                     for author clauses
 * @param quoteIndex   the quote's index in the article's {@code quotes} rows; null for author clauses
 * @param kind         direct, reported or author
 * @param begin        character offset of the statement's first character in the article text
 * @param end          character offset just past its last character
 * @param speaker      canonical name of the actor it belongs to
 * @param speakerType  PERSON, ORGANIZATION, ... as attribution typed it (null when unknown)
 */
public record StanceStatement(String statementId, Integer quoteIndex, String kind, int begin, int end,
                              String speaker, String speakerType) implements Serializable {

  public static final String AUTHOR = "author";
}
