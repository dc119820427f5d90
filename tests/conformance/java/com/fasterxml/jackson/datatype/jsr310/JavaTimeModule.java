package com.fasterxml.jackson.datatype.jsr310;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** OffsetDateTime read and written as RFC 3339 strings. */
public class JavaTimeModule extends SimpleModule {
  public JavaTimeModule() {
    super("JavaTimeModule");
    addDeserializer(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
    addSerializer(
        new StdSerializer<OffsetDateTime>(OffsetDateTime.class) {
          @Override
          public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
          }
        });
  }
}
