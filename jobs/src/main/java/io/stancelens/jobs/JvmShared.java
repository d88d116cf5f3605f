package io.stancelens.jobs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A serializable value that travels with a Spark task as bytes and is deserialized once per JVM, then shared
 * by every task in it. Spark deserializes a task's closure for every task; the run's models (news sentiment
 * and stance scorers, ~0.5 MB) took 4-12 ms to deserialize each time, and the annotate stage runs many small
 * tasks. The value must be read-only once built.
 */
public final class JvmShared<T extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Values by the SHA-256 of their bytes; a JVM sees a handful (one per model set), so no eviction. */
  private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();

  private final String key;
  private final byte[] bytes;

  private JvmShared(String key, byte[] bytes) {
    this.key = key;
    this.bytes = bytes;
  }

  /** Serializes the value now; this JVM's later {@link #get()} calls answer the value itself. */
  public static <T extends Serializable> JvmShared<T> of(T value) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize " + value.getClass().getName(), e);
    }
    byte[] bytes = buffer.toByteArray();
    String key = sha256(bytes);
    VALUES.putIfAbsent(key, value);
    return new JvmShared<>(key, bytes);
  }

  /** The value, deserialized on this JVM's first call and shared afterwards. */
  @SuppressWarnings("unchecked")
  public T get() {
    return (T) VALUES.computeIfAbsent(key, k -> deserialize());
  }

  /** Size of the value in serialized form, bytes. */
  public int serializedSize() {
    return bytes.length;
  }

  private Object deserialize() {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        // the task's class loader first: under spark-submit the application jar is not on the system one
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader != null) {
          try {
            return Class.forName(desc.getName(), false, loader);
          } catch (ClassNotFoundException e) {
            // primitive types; the default below knows them
          }
        }
        return super.resolveClass(desc);
      }
    }) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot deserialize shared value " + key, e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
