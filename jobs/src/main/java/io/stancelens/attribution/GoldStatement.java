package io.stancelens.attribution;

/**
 * A hand-annotated statement.
 *
 * @param id          gold id (PolNeAR "E1") or the seed row number
 * @param begin       content start in the text
 * @param end         content end
 * @param kind        direct / reported, or null when the gold does not say (PolNeAR's indirect and mixed
 *                    count as reported)
 * @param speaker     speaker name or source text; "NONE" for scare quotes; null when unstated
 * @param speakerType PERSON, ORGANIZATION, NONE, or null when not annotated
 * @param sourceBegin source mention start (PolNeAR), -1 when none
 * @param sourceEnd   source mention end, -1
 * @param cue         cue text, or null
 * @param cueBegin    cue start, -1 when unknown
 * @param cueEnd      cue end, -1
 */
record GoldStatement(String id, int begin, int end, String kind, String speaker, String speakerType,
                     int sourceBegin, int sourceEnd, String cue, int cueBegin, int cueEnd) {}
