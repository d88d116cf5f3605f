package io.stancelens.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists attribution uses, read once from {@code stancelens/lexicons/} on the classpath
 * (jobs/src/main/resources), and the first-name genders shipped in CoreNLP's models jar.
 */
final class Lexicons {

  static final String DIR = "stancelens/lexicons/";
  private static final String GENDER_NAMES = "edu/stanford/nlp/models/quoteattribution/gender_filtered.txt";
  private static volatile Lexicons instance;

  /** Cue mode: a cue whenever it has a subject, or only with a clausal complement. */
  enum CueMode { ANY, CLAUSE }

  final Map<String, CueMode> cues = new HashMap<>();
  final Set<String> personNouns;
  final Set<String> organizationNouns;
  final Set<String> documentNouns;
  final Map<String, String> organizations = new HashMap<>();
  final Map<String, Integer> roleGroup = new HashMap<>();
  final Map<String, Integer> placeGroup = new HashMap<>();
  private final Map<String, Character> firstNameGender = new HashMap<>();

  private Lexicons() {
    for (String line : lines(DIR + "speech-cues.tsv")) {
      String[] f = line.split("\t");
      cues.put(f[0].trim(), f.length > 1 && f[1].trim().equals("clause") ? CueMode.CLAUSE : CueMode.ANY);
    }
    personNouns = new HashSet<>(lines(DIR + "person-nouns.txt"));
    organizationNouns = new HashSet<>(lines(DIR + "organization-nouns.txt"));
    documentNouns = new HashSet<>(lines(DIR + "document-nouns.txt"));
    for (String line : lines(DIR + "organizations.tsv")) {
      String[] f = line.split("\t");
      organizations.put(f[0].trim(), f[1].trim());
    }
    groups(DIR + "roles.tsv", roleGroup);
    groups(DIR + "demonyms.tsv", placeGroup);
    for (String line : lines(GENDER_NAMES)) {
      String[] f = line.split("[\t ]+");
      if (f.length >= 3) {
        long male = Long.parseLong(f[1]);
        long female = Long.parseLong(f[2]);
        if (male >= 3 * female + 10) {
          firstNameGender.put(f[0], 'M');
        } else if (female >= 3 * male + 10) {
          firstNameGender.put(f[0], 'F');
        }
      }
    }
  }

  static Lexicons get() {
    Lexicons l = instance;
    if (l == null) {
      synchronized (Lexicons.class) {
        if (instance == null) {
          instance = new Lexicons();
        }
        l = instance;
      }
    }
    return l;
  }

  /** 'M', 'F' or null for a first name. */
  Character genderOfFirstName(String name) {
    return firstNameGender.get(name.toLowerCase(Locale.ROOT));
  }

  boolean sameRole(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Integer ga = roleGroup.get(a);
    return ga != null && ga.equals(roleGroup.get(b));
  }

  /** The same place or people: "russian" ~ "russia", "us" ~ "united states" ~ "american". */
  boolean samePlace(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Integer ga = placeGroup.get(a);
    return ga != null && ga.equals(placeGroup.get(b));
  }

  private static void groups(String resource, Map<String, Integer> into) {
    int group = 0;
    for (String line : lines(resource)) {
      for (String word : line.split("\t")) {
        into.put(word.trim().toLowerCase(Locale.ROOT), group);
      }
      group++;
    }
  }

  static List<String> lines(String resource) {
    InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource on the classpath: " + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
