package dev.chat.protocol.internal.json;

import dev.chat.protocol.JsonText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a Jackson tree as JSON text straight into a {@link StringBuilder}, in one pass and the
 * way {@code JSON.stringify} does (numbers laid out by {@link JsNumber}), replacing each binary node by a Socket.IO placeholder
 * {@code {"_placeholder":true,"num":N}} and collecting its bytes as attachment N. No generator and
 * no intermediate string: the broadcast hot path is plain appends.
 */
public final class JsonTreeWriter {
  private final ObjectMapper mapper;

  /**
   * Creates a writer.
   *
   * @param mapper serializes {@link POJONode} values
   */
  public JsonTreeWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Appends {@code node}.
   *
   * @param out where to append
   * @param node the tree to write
   * @param attachments receives the bytes of each binary node in document order
   * @throws UncheckedIOException if a {@link POJONode} value cannot be serialized
   */
  public void write(StringBuilder out, JsonNode node, List<byte[]> attachments) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          JsonText.appendQuoted(out, field.getKey());
          out.append(':');
          write(out, field.getValue(), attachments);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0, n = node.size(); i < n; i++) {
          if (i > 0) {
            out.append(',');
          }
          write(out, node.get(i), attachments);
        }
        out.append(']');
      }
      case STRING -> JsonText.appendQuoted(out, node.textValue());
      case NUMBER -> writeNumber(out, node);
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL, MISSING -> out.append("null");
      case BINARY -> {
        out.append("{\"_placeholder\":true,\"num\":").append(attachments.size()).append('}');
        try {
          attachments.add(node.binaryValue());
        } catch (IOException e) {
          throw new UncheckedIOException(e); // BinaryNode never throws
        }
      }
      case POJO -> writePojo(out, ((POJONode) node).getPojo());
    }
  }

  private void writePojo(StringBuilder out, Object pojo) {
    if (pojo instanceof RawValue raw && raw.rawValue() instanceof String json) {
      // JSON the caller wrote itself (a server streaming a payload it sends often): as is.
      out.append(json);
      return;
    }
    try {
      mapper.writeValue(new StringBuilderWriter(out), pojo);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not serialize " + pojo.getClass().getName(), e);
    }
  }

  private static void writeNumber(StringBuilder out, JsonNode node) {
    switch (node.numberType()) {
      case INT -> out.append(node.intValue());
      case LONG -> out.append(node.longValue());
      case BIG_INTEGER -> out.append(node.bigIntegerValue());
      case FLOAT, DOUBLE -> JsNumber.append(out, node.doubleValue());
      case BIG_DECIMAL -> out.append(node.decimalValue().toString());
    }
  }
}
