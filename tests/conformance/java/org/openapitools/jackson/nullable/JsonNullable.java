package org.openapitools.jackson.nullable;

import java.util.NoSuchElementException;
import java.util.Objects;

/** Absent (undefined), null, or a value: the three states of a nullable, optional JSON member. */
public final class JsonNullable<T> {
  private static final JsonNullable<?> UNDEFINED = new JsonNullable<>(null, false);
  private final T value;
  private final boolean present;

  private JsonNullable(T value, boolean present) {
    this.value = value;
    this.present = present;
  }

  @SuppressWarnings("unchecked")
  public static <T> JsonNullable<T> undefined() {
    return (JsonNullable<T>) UNDEFINED;
  }

  public static <T> JsonNullable<T> of(T value) {
    return new JsonNullable<>(value, true);
  }

  public T get() {
    if (!present) {
      throw new NoSuchElementException("Value is undefined");
    }
    return value;
  }

  public T orElse(T other) {
    return present ? value : other;
  }

  public boolean isPresent() {
    return present;
  }

  public boolean isUndefined() {
    return !present;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonNullable<?> other && present == other.present && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, present);
  }
}
