package io.stancelens.stance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.stancelens.sentiment.SentimentLabel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores statements of one parsed article toward the configured targets, each with its model (the one its
 * target file names, else the generic model; the word vectors are computed only for a model that reads
 * them). Plain Java, no Spark: the classifiers' coefficients travel with the task and the CoreNLP sentences come from
 * the run's own annotation of the article.
 *
 * <p>A statement is cut into its pieces, one per sentence it overlaps (only the statement's own tokens).
 * It is relevant when a piece mentions the target; the model scores each relevant piece, the statement's
 * probabilities are their mean, and the evidence is the relevant piece most probable for the winning class.
 */
public final class StanceScorer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<StanceTarget> targets;
  /** The model of each target, in the order of {@link #targets}. */
  private final List<StanceClassifier> classifiers;

  /** Every target scored by one model. */
  public StanceScorer(List<StanceTarget> targets, StanceClassifier classifier) {
    this(targets, java.util.Collections.nCopies(targets.size(), classifier));
  }

  /** Each target scored by its own model ({@code classifiers} in the order of {@code targets}). */
  public StanceScorer(List<StanceTarget> targets, List<StanceClassifier> classifiers) {
    if (targets.size() != classifiers.size()) {
      throw new IllegalArgumentException(targets.size() + " targets but " + classifiers.size() + " models");
    }
    this.targets = List.copyOf(targets);
    this.classifiers = List.copyOf(classifiers);
  }

  /**
   * The targets with their models, each read once per JVM: {@code model} for all when given, else the one
   * each target file names ({@link StanceDefaults#modelFor}).
   */
  public static StanceScorer load(List<StanceTarget> targets, java.nio.file.Path model) {
    List<StanceClassifier> classifiers = new ArrayList<>();
    for (StanceTarget target : targets) {
      classifiers.add(StanceClassifier.load((model != null ? model : StanceDefaults.modelFor(target)).toString()));
    }
    return new StanceScorer(targets, classifiers);
  }

  public List<StanceTarget> targets() {
    return targets;
  }

  /**
   * The stances of the given statements plus the article's author clauses about each target. An author
   * clause that overlaps a relevant statement of the same speaker is left out (that statement already
   * carries it: "“…,” Prokopiev said" is the quote's); one that overlaps only statements that do not mention
   * the target is kept ("the most that Putin would consent to was a 30-day moratorium").
   */
  public List<StanceResult> score(List<CoreMap> sentences, String text, List<StanceStatement> statements) {
    List<StanceResult> results = new ArrayList<>();
    ActorNames names = ActorNames.of(sentences);
    for (int t = 0; t < targets.size(); t++) {
      StanceTarget target = targets.get(t);
      StanceClassifier classifier = classifiers.get(t);
      List<StanceResult> forTarget = new ArrayList<>();
      for (StanceStatement statement : statements) {
        forTarget.add(score(sentences, text, statement, target, classifier));
      }
      for (StanceStatement clause : ActorClauseFinder.find(sentences, text, target, names)) {
        boolean covered = false;
        for (StanceResult r : forTarget) {
          StanceStatement s = r.statement();
          covered |= r.relevant() && clause.speaker().equals(s.speaker()) && s.begin() < clause.end()
              && clause.begin() < s.end();
        }
        if (!covered) {
          forTarget.add(score(sentences, text, clause, target, classifier));
        }
      }
      results.addAll(forTarget);
    }
    return results;
  }

  StanceResult score(List<CoreMap> sentences, String text, StanceStatement statement, StanceTarget target,
                     StanceClassifier classifier) {
    double[] sum = new double[3];
    int scored = 0;
    double sentiment = 0;
    int overlapped = 0;
    List<int[]> pieces = new ArrayList<>();
    List<double[]> pieceProbs = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        if (t.beginPosition() >= statement.begin() && t.endPosition() <= statement.end()) {
          from = from < 0 ? i : from;
          to = i + 1;
        }
      }
      if (from < 0) {
        continue;
      }
      StanceFeatures.Extracted features = StanceFeatures.of(sentence, target, from, to, false);
      if (features.relevant() && classifier.usesVectors()) {
        features = StanceFeatures.of(sentence, target, from, to, true);
      }
      sentiment += SentimentLabel.expectedScore(features.sentiment());
      overlapped++;
      if (!features.relevant()) {
        continue;
      }
      double[] p = classifier.probabilities(features);
      for (int k = 0; k < 3; k++) {
        sum[k] += p[k];
      }
      scored++;
      pieces.add(new int[] {tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition()});
      pieceProbs.add(p);
    }
    double meanSentiment = overlapped == 0 ? 0 : sentiment / overlapped;
    if (scored == 0) {
      return new StanceResult(statement, target.name(), false, StanceLabel.NEUTRAL, null, statement.begin(),
          statement.end(), text.substring(statement.begin(), statement.end()), meanSentiment);
    }
    double[] mean = new double[3];
    int best = 0;
    for (int k = 0; k < 3; k++) {
      mean[k] = sum[k] / scored;
      if (mean[k] > mean[best]) {
        best = k;
      }
    }
    int evidence = 0;
    for (int i = 1; i < pieces.size(); i++) {
      if (pieceProbs.get(i)[best] > pieceProbs.get(evidence)[best]) {
        evidence = i;
      }
    }
    int[] span = pieces.get(evidence);
    return new StanceResult(statement, target.name(), true, StanceLabel.ofIndex(best), mean, span[0], span[1],
        text.substring(span[0], span[1]), meanSentiment);
  }
}
