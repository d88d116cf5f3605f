package io.stancelens.stance;

import java.util.Set;

/**
 * Closed word classes the stance features are built from. They name how a sentence relates to whatever
 * its target is (wanting, refusing, negating, conditioning, reporting), never a target, so the weights
 * the model learns for them on one target carry to another.
 */
final class StanceLexicon {

  private StanceLexicon() {}

  /** Negators: on a predicate governing the target, they flip its direction. */
  static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nothing", "none", "nobody",
      "neither", "nor", "without", "cannot", "hardly", "lack", "fail", "little");

  /** Refusal and rejection: the subject turns the target down or disputes it. */
  static final Set<String> REFUSAL = Set.of("refuse", "decline", "reject", "deny", "dismiss", "oppose",
      "resist", "block", "veto", "rebuff", "scrap", "abandon", "withdraw", "doubt", "dispute", "question",
      "ignore", "exaggerate", "undermine", "obstruct", "stall", "sabotage", "violate", "breach", "ridicule",
      "mock", "skeptical", "sceptical", "hoax", "myth", "against", "unwilling", "reluctant", "overstate",
      "downplay", "halt", "end", "break", "collapse", "fail", "wrong", "false", "unproven", "claim");

  /** Wanting, offering, pursuing, affirming: the subject is for the target or affirms it. */
  static final Set<String> SUPPORT = Set.of("support", "back", "welcome", "push", "urge", "call", "offer",
      "propose", "agree", "accept", "want", "need", "seek", "endorse", "implement", "begin", "pursue",
      "favor", "favour", "advocate", "negotiate", "achieve", "reach", "sign", "commit", "pledge", "tackle",
      "address", "combat", "fight", "act", "prioritize", "glad", "hope", "demand", "insist", "require",
      "warn", "acknowledge", "recognize", "confirm", "announce", "plan", "secure", "broker", "restore",
      "keep", "respect", "honor", "observe", "maintain", "extend", "cut", "reduce", "curb", "limit",
      "serious", "real", "threat", "danger", "urgent", "crisis", "cause", "consent", "good", "important");

  /** Conditions: the stance holds only if something else does. */
  static final Set<String> CONDITION = Set.of("if", "unless", "provided", "providing", "condition",
      "conditional", "until", "whether");

  /** Restrictions: the subject goes along with less than the whole target. */
  static final Set<String> RESTRICTION = Set.of("only", "most", "merely", "just", "partial", "limited",
      "solely", "at most", "minimal");

  /** Full versions of the target. */
  static final Set<String> FULL = Set.of("full", "complete", "comprehensive", "permanent", "total",
      "lasting", "broad", "broader", "general", "immediate", "unconditional");

  /** Reporting cues: the target sits in someone's reported words. */
  static final Set<String> CUE = Set.of("say", "tell", "state", "claim", "argue", "insist", "warn",
      "report", "suggest", "explain", "add", "note", "announce", "declare", "believe", "think", "write",
      "assert", "acknowledge", "admit", "deny", "contend", "maintain", "predict", "conclude", "find", "show",
      "accord", "call", "describe", "repeat", "stress", "emphasize");

  static final Set<String> MODAL = Set.of("will", "would", "could", "should", "must", "may", "might",
      "can", "shall");
}
