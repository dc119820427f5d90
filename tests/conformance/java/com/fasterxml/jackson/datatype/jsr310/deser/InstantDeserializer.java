package com.fasterxml.jackson.datatype.jsr310.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A date-time read from a string with a formatter; numbers (epoch times) are not read. */
public class InstantDeserializer<T extends Temporal> extends JsonDeserializer<T> {
  public static final InstantDeserializer<OffsetDateTime> OFFSET_DATE_TIME =
      new InstantDeserializer<>(
          OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::from,
          null, null, null, true, true, false);

  public static class FromIntegerArguments {
    public final long value;
    public final ZoneId zoneId;

    FromIntegerArguments(long value, ZoneId zoneId) {
      this.value = value;
      this.zoneId = zoneId;
    }
  }

  public static class FromDecimalArguments {
    public final long integer;
    public final int fraction;
    public final ZoneId zoneId;

    FromDecimalArguments(long integer, int fraction, ZoneId zoneId) {
      this.integer = integer;
      this.fraction = fraction;
      this.zoneId = zoneId;
    }
  }

  private final DateTimeFormatter formatter;
  private final Function<TemporalAccessor, T> parsedToValue;

  protected InstantDeserializer(
      Class<T> supportedType,
      DateTimeFormatter formatter,
      Function<TemporalAccessor, T> parsedToValue,
      Function<FromIntegerArguments, T> fromMilliseconds,
      Function<FromDecimalArguments, T> fromNanoseconds,
      BiFunction<T, ZoneId, T> adjust,
      boolean replaceZeroOffsetAsZ,
      boolean normalizeZoneId,
      boolean readNumericStringsAsTimestamp) {
    this.formatter = formatter;
    this.parsedToValue = parsedToValue;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return _fromString(p, ctxt, p.getValueAsString());
  }

  protected T _fromString(JsonParser p, DeserializationContext ctxt, String string0) throws IOException {
    return parsedToValue.apply(formatter.parse(string0.trim()));
  }
}
