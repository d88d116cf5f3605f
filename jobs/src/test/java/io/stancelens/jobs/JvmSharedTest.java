package io.stancelens.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmSharedTest {

  @Test
  void everyShippedCopyAnswersTheOneValueOfThisJvm() throws Exception {
    ArrayList<String> value = new ArrayList<>(List.of("Zelensky", "FAVOR"));
    JvmShared<ArrayList<String>> shared = JvmShared.of(value);
    assertSame(value, shared.get());
    JvmShared<ArrayList<String>> first = roundTrip(shared);
    JvmShared<ArrayList<String>> second = roundTrip(shared);
    assertSame(value, first.get());
    assertSame(first.get(), second.get());
    assertTrue(shared.serializedSize() > 0);
  }

  @Test
  void equalValuesShareOneEntry() throws Exception {
    JvmShared<ArrayList<String>> a = JvmShared.of(new ArrayList<>(List.of("Putin", "AGAINST")));
    JvmShared<ArrayList<String>> b = JvmShared.of(new ArrayList<>(List.of("Putin", "AGAINST")));
    assertSame(a.get(), b.get());
    assertEquals(List.of("Putin", "AGAINST"), roundTrip(b).get());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
