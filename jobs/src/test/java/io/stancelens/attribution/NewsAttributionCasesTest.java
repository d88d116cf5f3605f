package io.stancelens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stancelens.ingest.Article;
import io.stancelens.nlp.ArticleAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per news case, each on real text: paragraphs of the seed article (data/sample) and of PolNeAR
 * dev articles, run through the job's real CoreNLP pipeline and the attributor.
 */
class NewsAttributionCasesTest {

  private static List<Statement> statements(String text) {
    return ArticleAnnotator.shared().annotate(Article.of("case", text)).statements();
  }

  private static Statement find(List<Statement> statements, String kind, String contentStart) {
    return statements.stream()
        .filter(s -> s.kind().equals(kind) && s.text().startsWith(contentStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " statement starting '" + contentStart + "' in "
            + statements));
  }

  @Test
  void quoteThenSaidAndNameOrNameThenSaid() {
    List<Statement> s = statements(
        "“It also gives the European nations less Russian soldiers to worry about and gives them more time to"
            + " re-arm and re-build their own militaries,” said Prokopiev.\n"
            + "“Tragically, if these negotiations can lead to an armistice, it will not be end of the war. The war"
            + " will continue under different means,” Prokopiev continued.");
    Statement said = find(s, Statement.DIRECT, "It also gives");
    assertEquals("Prokopiev", said.speaker());
    assertEquals("said", said.cue());
    assertEquals("direct-cue-after", said.rule());
    Statement continued = find(s, Statement.DIRECT, "Tragically");
    assertEquals("Prokopiev", continued.speaker());
    assertEquals("continued", continued.cue());
  }

  @Test
  void speakerSaidThenQuote() {
    // PolNeAR dev, wash-post_2016-09-18: name before the cue, quote before both.
    List<Statement> s = statements("\"We are in such a critical situation in Europe after the referendum in"
        + " Britain,\" German Chancellor Angela Merkel told reporters after the day-long meeting that was held in"
        + " part on a pleasure boat that cruised down the Danube.");
    Statement q = find(s, Statement.DIRECT, "We are in such a critical situation");
    assertEquals("Angela Merkel", q.speaker());
    assertEquals(Statement.PERSON, q.speakerType());
    assertEquals("told", q.cue());
  }

  @Test
  void cueBeforeQuoteWithPronounThroughAnd() {
    List<Statement> s = statements(
        "Russia also continued attacks on Ukrainian cities, a fact pointed to by Ukraine President Volodymyr"
            + " Zelensky the same evening that the call took place. He called this agreement a first step and said,"
            + " “Of course, we are glad that there is a first step, and this is what we offered: silence in the sky"
            + " and at sea. The Americans offered more, a complete ceasefire. In fact, the Russians refused.”");
    Statement q = find(s, Statement.DIRECT, "Of course, we are glad");
    assertEquals("Volodymyr Zelensky", q.speaker());
    assertEquals("direct-cue-before+pronoun", q.rule());
    Statement called = find(s, Statement.REPORTED, "this agreement a first step");
    assertEquals("Volodymyr Zelensky", called.speaker());
    assertEquals("called", called.cue());
  }

  @Test
  void clauseCuesAttributeAdjacentQuotesButAreNotSpeechWithoutAClause() {
    // PolNeAR dev (huff-post) and the seed: "continued" before a quote vs "continued attacks".
    List<Statement> s = statements(
        "“It’s only like when the media gets a video of a black person getting shot,” Melanie said.\n"
            + "She continued, “When the media dies down on that, and she’s still saying it, that would help have"
            + " more trust in her.”\n"
            + "Russia also continued attacks on Ukrainian cities.");
    assertEquals("Melanie", find(s, Statement.DIRECT, "When the media dies down").speaker());
    assertTrue(s.stream().noneMatch(x -> x.kind().equals(Statement.REPORTED) && "continued".equals(x.cue())),
        s.toString());
  }

  @Test
  void pronounResolvesToTheLastPersonOutsideQuotes() {
    List<Statement> s = statements(
        "Speaking to Politico, Roman Lozibskyi, a soldier and member of the Ukrainian parliament, stated that this"
            + " aspect of the country’s strategy was working well. Ukrainian attacks have reportedly destroyed some"
            + " 15 percent of Russia’s oil-refining capacity.\n"
            + "“In essence, Putin has quietly confirmed to Trump how much our deep strikes are hurting the Russian"
            + " energy sector. This is our card,” he said, making an oblique reference to when Trump had berated the"
            + " Ukrainian president in a February 28 Oval Office meeting and told him, “You don’t have the cards” in"
            + " this conflict.");
    Statement he = find(s, Statement.DIRECT, "In essence");
    assertEquals("Roman Lozibskyi", he.speaker(), "Putin and Trump inside the quote are not candidates");
    assertEquals("he", he.speakerMention());
    assertTrue(he.rule().endsWith("+pronoun"));
    assertEquals("Trump", find(s, Statement.DIRECT, "You don’t have the cards").speaker());
    Statement stated = find(s, Statement.REPORTED, "that this aspect");
    assertEquals("Roman Lozibskyi", stated.speaker());
    assertEquals("stated", stated.cue());
  }

  @Test
  void paragraphOpeningWithAQuoteContinuesTheSpeaker() {
    List<Statement> s = statements(
        "“I am not sure what Putin thinks of Trump when he makes these demands, but if I was the US leader I would"
            + " be more than slightly offended at what this Russian dictator is asking him to sign up for,” said a"
            + " Polish defense enterprise director who spoke to 19FortyFive.\n"
            + "“Does he think Trump is so stupid that he will agree to leave Ukraine so defenseless that Putin can"
            + " just walk in and take the entire country unopposed. I am fairly certain – having lambasted Biden in"
            + " the election about the disastrous rout that was the US pulling out from Afghanistan in 2021 – that"
            + " the US president does not want an even worse abandonment of an ally taking place on his watch.”");
    Statement first = find(s, Statement.DIRECT, "I am not sure");
    Statement next = find(s, Statement.DIRECT, "Does he think");
    assertEquals("continuation", next.rule());
    assertNull(next.cue());
    assertEquals(first.speaker(), next.speaker());
  }

  @Test
  void unclosedQuoteRunsToTheParagraphEndAndContinues() {
    List<Statement> s = statements(
        "“Having an armistice at some point is good—and not bad—in the sense that Ukraine cannot win in an endless"
            + " war of attrition,” Prokopiev said. “Putin does not want an end to the fighting because he relies on"
            + " the war to keep his position. Russia at war is also the only way he stays in power.\n"
            + "“But it is the Europeans who are the ones who really do not need an armistice,” the former soldier"
            + " said.");
    Statement open = find(s, Statement.DIRECT, "Putin does not want");
    assertTrue(open.text().endsWith("stays in power."), open.text());
    assertEquals("continuation", open.rule());
    assertEquals("Prokopiev", open.speaker());
  }

  @Test
  void definiteDescriptionNamesThePersonIntroducedWithIt() {
    List<Statement> s = statements(
        "Vadim Prokopiev is a former soldier who, in the early days of the war, organized groups of his native"
            + " Belarusians to fight on the Ukraine side. Roman Lozibskyi, a soldier and member of the Ukrainian"
            + " parliament, was not there.\n"
            + "“But it is the Europeans who are the ones who really do not need an armistice. They need Ukraine to"
            + " continue the war,” the former soldier said.");
    Statement q = find(s, Statement.DIRECT, "But it is the Europeans");
    assertEquals("Vadim Prokopiev", q.speaker(), "'former' picks Prokopiev over the other soldier");
    assertEquals("the former soldier", q.speakerMention());
    assertTrue(q.rule().endsWith("+description"), q.rule());
  }

  @Test
  void indefiniteDescriptionIsKeptAsAnUnnamedSource() {
    List<Statement> s = statements(
        "“I am not sure what Putin thinks of Trump when he makes these demands,” said a Polish defense enterprise"
            + " director who spoke to 19FortyFive.");
    Statement q = find(s, Statement.DIRECT, "I am not sure");
    assertEquals("Polish defense enterprise director", q.speaker());
    assertEquals(Statement.PERSON, q.speakerType());
    assertTrue(q.rule().endsWith("+unnamed"), q.rule());
  }

  @Test
  void organisationsAndTheirDocuments() {
    List<Statement> s = statements(
        "London’s Daily Mail reports that “as the clock ticked, the dictator appeared in no rush to hot foot it to"
            + " the Kremlin” for the scheduled conversation.\n"
            + "The White House readout of the call said that Russia “will begin with an energy and infrastructure"
            + " ceasefire” and that additional negotiations are planned.\n"
            + "The Kremlin said Putin supported the idea of a 30-day halt to strikes on energy infrastructure.");
    Statement mail = find(s, Statement.DIRECT, "as the clock ticked");
    assertEquals("Daily Mail", mail.speaker());
    assertEquals(Statement.ORGANIZATION, mail.speakerType());
    Statement readout = find(s, Statement.DIRECT, "will begin with");
    assertEquals("White House", readout.speaker());
    assertEquals(Statement.ORGANIZATION, readout.speakerType());
    Statement kremlin = find(s, Statement.REPORTED, "Putin supported the idea");
    assertEquals("Kremlin", kremlin.speaker());
    assertEquals(Statement.ORGANIZATION, kremlin.speakerType());
  }

  @Test
  void scareQuotesAndTitlesHaveNoSpeaker() {
    List<Statement> s = statements(
        "There is, however, already a problem with what was supposedly “decided” in this call.\n"
            + "The ad, titled “Arrogant,” features a New York Times report from over the weekend.");
    Statement scare = find(s, Statement.DIRECT, "decided");
    assertEquals(Statement.NONE, scare.speakerType());
    assertNull(scare.speaker());
    assertEquals("scare-quote", scare.rule());
    Statement title = find(s, Statement.DIRECT, "Arrogant");
    assertEquals(Statement.NONE, title.speakerType());
    assertEquals("title", title.rule());
  }

  @Test
  void nestedQuotesStayInsideTheirQuote() {
    // PolNeAR dev, huff-post_2016-10-07 (Ava DuVernay's "13th"), with its attribution.
    List<Statement> s = statements("“It says that everyone is free in this country. No one can be held as a"
        + " slave... ‘except as for punishment for a crime.’” DuVernay said.");
    Statement q = find(s, Statement.DIRECT, "It says that everyone");
    assertTrue(q.text().endsWith("crime.’"), q.text());
    assertEquals(1, s.stream().filter(x -> x.kind().equals(Statement.DIRECT)).count());
    assertEquals("DuVernay", q.speaker());
  }

  @Test
  void reportedSpeechForms() {
    List<Statement> s = statements(
        "Pressure is building on McAuliffe, who was greeted with chants at a labor conference in Williamsburg last"
            + " month, according to Virginia AFL-CIO President Doris Crouse-Mays.\n"
            + "Putin also repeated demands that all military aid and intelligence-sharing with the US should stop.\n"
            + "But Putin has made no mention of a cessation of attacks on ports, bridges, and other Ukrainian,"
            + " non-energy infrastructure.");
    Statement according = find(s, Statement.REPORTED, "Pressure is building");
    assertEquals("according to", according.cue());
    assertEquals("Doris Crouse-Mays", according.speaker());
    Statement repeated = find(s, Statement.REPORTED, "demands that all military aid");
    assertEquals("Putin", repeated.speaker());
    Statement mention = find(s, Statement.REPORTED, "of a cessation");
    assertEquals("made no mention", mention.cue());
    assertEquals("Putin", mention.speaker());
  }

  @Test
  void canonicalSpeakersWithinAnArticle() {
    List<Statement> s = statements(
        "Russian President Vladimir Putin spoke with United States President Donald Trump.\n"
            + "Putin said the talks were useful.\n"
            + "The Russian leader said that the ceasefire would need guarantees.");
    assertEquals("Vladimir Putin", find(s, Statement.REPORTED, "the talks were useful").speaker());
    Statement leader = find(s, Statement.REPORTED, "that the ceasefire");
    assertEquals("Vladimir Putin", leader.speaker(), "the Russian leader = Russian President Vladimir Putin");
    assertNotNull(leader.speakerBegin());
  }
}
