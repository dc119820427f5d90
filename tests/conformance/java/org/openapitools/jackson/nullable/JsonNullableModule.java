package org.openapitools.jackson.nullable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Reads a member into JsonNullable.of(value), `null` into JsonNullable.of(null); writes it back. */
public class JsonNullableModule extends SimpleModule {
  public JsonNullableModule() {
    super("JsonNullableModule");
    addDeserializer(JsonNullable.class, new Reader(null));
    addSerializer(new Writer());
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class Reader extends JsonDeserializer<JsonNullable> implements ContextualDeserializer {
    private final JavaType inner;

    Reader(JavaType inner) {
      this.inner = inner;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      JavaType type = property != null ? property.getType() : ctxt.getContextualType();
      return new Reader(type.containedTypeOrUnknown(0));
    }

    @Override
    public JsonNullable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return JsonNullable.of(ctxt.readValue(p, inner));
    }

    @Override
    public JsonNullable getNullValue(DeserializationContext ctxt) {
      return JsonNullable.of(null);
    }
  }

  @SuppressWarnings("rawtypes")
  static final class Writer extends StdSerializer<JsonNullable> {
    Writer() {
      super(JsonNullable.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, JsonNullable value) {
      return value == null || value.isUndefined();
    }

    @Override
    public void serialize(JsonNullable value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object inner = value.orElse(null);
      if (inner == null) {
        gen.writeNull();
      } else {
        provider.defaultSerializeValue(inner, gen);
      }
    }
  }
}
