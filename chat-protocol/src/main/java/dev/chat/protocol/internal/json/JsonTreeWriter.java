package dev.chat.protocol.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a Jackson tree in one pass, replacing each binary node by a Socket.IO placeholder
 * {@code {"_placeholder":true,"num":N}} and collecting its bytes as attachment N.
 */
public final class JsonTreeWriter {
  private JsonTreeWriter() {}

  /**
   * Writes {@code node}.
   *
   * @param gen the generator, whose codec serializes {@link POJONode} values
   * @param node the tree to write
   * @param attachments receives the bytes of each binary node in document order
   * @throws IOException from the generator
   */
  public static void write(JsonGenerator gen, JsonNode node, List<byte[]> attachments)
      throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        gen.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          gen.writeFieldName(field.getKey());
          write(gen, field.getValue(), attachments);
        }
        gen.writeEndObject();
      }
      case ARRAY -> {
        gen.writeStartArray();
        for (int i = 0, n = node.size(); i < n; i++) {
          write(gen, node.get(i), attachments);
        }
        gen.writeEndArray();
      }
      case STRING -> gen.writeString(node.textValue());
      case NUMBER -> writeNumber(gen, node);
      case BOOLEAN -> gen.writeBoolean(node.booleanValue());
      case NULL, MISSING -> gen.writeNull();
      case BINARY -> {
        gen.writeStartObject();
        gen.writeBooleanField("_placeholder", true);
        gen.writeNumberField("num", attachments.size());
        gen.writeEndObject();
        attachments.add(node.binaryValue());
      }
      case POJO -> gen.writeObject(((POJONode) node).getPojo());
    }
  }

  private static void writeNumber(JsonGenerator gen, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT -> gen.writeNumber(node.intValue());
      case LONG -> gen.writeNumber(node.longValue());
      case BIG_INTEGER -> gen.writeNumber(node.bigIntegerValue());
      case FLOAT -> gen.writeNumber(node.floatValue());
      case DOUBLE -> writeDouble(gen, node.doubleValue());
      case BIG_DECIMAL -> gen.writeNumber(node.decimalValue());
    }
  }

  /** Like {@code JSON.stringify}: integral doubles without ".0", non-finite numbers as null. */
  private static void writeDouble(JsonGenerator gen, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      gen.writeNull();
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      gen.writeNumber((long) value);
    } else {
      gen.writeNumber(value);
    }
  }
}
