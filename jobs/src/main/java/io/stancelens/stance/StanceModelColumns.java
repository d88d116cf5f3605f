package io.stancelens.stance;

/** Column names of the stance model's training frame and pipeline stages, shared by trainer and scorer. */
final class StanceModelColumns {

  private StanceModelColumns() {}

  static final String TERMS = "terms";
  static final String TERM_VECTOR = "term_vector";
  static final String SENTIMENT = "sentiment";
  static final int SENTIMENT_SIZE = 5;
  /** The word-vector block ({@link StanceFeatures#VECTOR_SIZE} values); only models that read it have it. */
  static final String VECTORS = "vectors";
  static final String FEATURES = "features";
  static final String LABEL = "label";
  static final String WEIGHT = "weight";
}
