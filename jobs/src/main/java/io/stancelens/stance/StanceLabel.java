package io.stancelens.stance;

/** The stance classes, in the model's label order: FAVOR = 0, AGAINST = 1, NEUTRAL = 2. */
public enum StanceLabel {
  FAVOR, AGAINST, NEUTRAL;

  public static StanceLabel ofIndex(int index) {
    return values()[index];
  }

  /** The GWSD vote names: agrees / disagrees / neutral (also agree / disagree). */
  public static StanceLabel ofGwsd(String vote) {
    return switch (vote.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "agrees", "agree" -> FAVOR;
      case "disagrees", "disagree" -> AGAINST;
      case "neutral" -> NEUTRAL;
      default -> throw new IllegalArgumentException("not a GWSD label: '" + vote + "'");
    };
  }
}
