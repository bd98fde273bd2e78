package dev.chat.protocol.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.internal.DecodeFailure;
import dev.chat.protocol.internal.ProtocolErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Builds one Jackson tree from JSON text in a single streaming pass, without recursion, counting
 * the nesting depth as it goes so that {@code [[[[...} fails fast instead of overflowing the stack.
 * In a binary packet it also notes where each {@code {"_placeholder":true,"num":N}} sits, so that
 * attachments can be put in place later without walking the tree again.
 */
public final class JsonTreeReader {

  /** Strict JSON; Jackson's own nesting check sits just above ours so that ours always fires first. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(ProtocolLimits.MAX_JSON_DEPTH_CEILING + 1)
                  .build())
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Texts up to this many chars are parsed from the thread's scratch buffer instead of a new copy. */
  static final int SCRATCH_CHARS = 8_192;

  /**
   * One scratch buffer per thread (decoders run on a few I/O threads): the parser reads a copy of
   * the JSON, and a fresh copy per message was a large share of the per-message garbage. Safe to
   * reuse because a parse never calls out and the tree keeps Strings, not the buffer. It grows to
   * the longest text the thread has seen, so a short-lived thread keeps little.
   */
  private static final ThreadLocal<char[]> SCRATCH = new ThreadLocal<>();

  /** Capacities for new containers: event payloads are small, and the defaults (10, 16) waste. */
  private static final int ARRAY_CAPACITY = 4;

  private static final int OBJECT_CAPACITY = 8;

  /**
   * Where a placeholder object sits in the tree.
   *
   * @param parent the array or object holding it
   * @param field the field name if the parent is an object, else null
   * @param index the index if the parent is an array, else -1
   * @param num the attachment index it refers to
   */
  public record Placeholder(ContainerNode<?> parent, String field, int index, int num) {}

  /**
   * A parsed tree and its placeholders.
   *
   * @param root the root node
   * @param placeholders placeholder positions in document order, empty if none
   */
  public record Parsed(JsonNode root, List<Placeholder> placeholders) {}

  private JsonTreeReader() {}

  /**
   * Parses {@code text[from..to)} as one JSON value.
   *
   * @param text the text
   * @param from where the JSON starts
   * @param to where the JSON ends, exclusive
   * @param maxDepth the deepest nesting allowed
   * @return the root node
   * @throws DecodeFailure with INVALID_JSON or JSON_TOO_DEEP
   */
  public static JsonNode read(String text, int from, int to, int maxDepth) {
    return parse(text, from, to, maxDepth, -1).root();
  }

  /**
   * Parses {@code text[from..)} to the end as one JSON value, collecting placeholders whose {@code num} must be
   * below {@code attachments}.
   *
   * @param text the text
   * @param from where the JSON starts
   * @param maxDepth the deepest nesting allowed
   * @param attachments the number of attachments the packet announced
   * @return the root node and its placeholders
   * @throws DecodeFailure with INVALID_JSON, JSON_TOO_DEEP or INVALID_PLACEHOLDER
   */
  public static Parsed readWithPlaceholders(String text, int from, int maxDepth, int attachments) {
    return parse(text, from, text.length(), maxDepth, attachments);
  }

  /** One open container: the node, where it hangs in its parent, and the field awaiting a value. */
  private static final class Frame {
    final ContainerNode<?> node;
    final Frame parent;
    final String keyInParent;
    final int indexInParent;
    String pendingField;

    Frame(ContainerNode<?> node, Frame parent, String keyInParent, int indexInParent) {
      this.node = node;
      this.parent = parent;
      this.keyInParent = keyInParent;
      this.indexInParent = indexInParent;
    }
  }

  private static Parsed parse(String text, int from, int to, int maxDepth, int attachments) {
    int length = to - from;
    char[] chars = length <= SCRATCH_CHARS ? scratch(length) : new char[length];
    text.getChars(from, to, chars, 0);
    List<Placeholder> placeholders = attachments >= 0 ? new ArrayList<>(2) : List.of();
    try (JsonParser parser = FACTORY.createParser(chars, 0, length)) {
      JsonNode root = null;
      Frame top = null;
      int depth = 0;
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw ProtocolErrors.invalidJson();
      }
      while (true) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > maxDepth) {
              throw ProtocolErrors.jsonTooDeep(maxDepth);
            }
            ContainerNode<?> node =
                token == JsonToken.START_OBJECT
                    ? new ObjectNode(NODES, new LinkedHashMap<>(OBJECT_CAPACITY))
                    : new ArrayNode(NODES, ARRAY_CAPACITY);
            if (top == null) {
              root = node;
              top = new Frame(node, null, null, -1);
            } else {
              String key = top.pendingField;
              int index = attach(top, node);
              top = new Frame(node, top, key, index);
            }
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            Frame closed = top;
            top = top.parent;
            if (attachments >= 0 && closed.parent != null && closed.node instanceof ObjectNode object) {
              notePlaceholder(object, closed, attachments, placeholders);
            }
          }
          case FIELD_NAME -> top.pendingField = parser.currentName();
          default -> {
            JsonNode value = scalar(parser, token);
            if (top == null) {
              root = value;
            } else {
              attach(top, value);
            }
          }
        }
        if (top == null) {
          break;
        }
        token = parser.nextToken();
        if (token == null) {
          throw ProtocolErrors.invalidJson(); // truncated document
        }
      }
      if (parser.nextToken() != null) {
        throw ProtocolErrors.invalidJson(); // trailing content
      }
      return new Parsed(root, placeholders);
    } catch (JsonProcessingException e) {
      throw ProtocolErrors.invalidJson();
    } catch (IOException e) {
      throw ProtocolErrors.invalidJson(); // cannot happen on a char array, but stays typed
    }
  }

  private static char[] scratch(int length) {
    char[] chars = SCRATCH.get();
    if (chars == null || chars.length < length) {
      chars = new char[Math.min(SCRATCH_CHARS, Math.max(length, 2 * (chars == null ? 128 : chars.length)))];
      SCRATCH.set(chars);
    }
    return chars;
  }

  private static int attach(Frame frame, JsonNode value) {
    if (frame.node instanceof ArrayNode array) {
      array.add(value);
      return array.size() - 1;
    }
    ((ObjectNode) frame.node).set(frame.pendingField, value);
    frame.pendingField = null;
    return -1;
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw ProtocolErrors.invalidJson();
    };
  }

  /** Same rule as socket.io-parser: any object with {@code _placeholder: true} is a placeholder. */
  private static void notePlaceholder(
      ObjectNode object, Frame frame, int attachments, List<Placeholder> placeholders) {
    JsonNode flag = object.get("_placeholder");
    if (flag == null || !flag.isBoolean() || !flag.booleanValue()) {
      return;
    }
    JsonNode num = object.get("num");
    if (num == null || !num.isIntegralNumber()) {
      throw ProtocolErrors.placeholderNumNotInteger();
    }
    if (!num.canConvertToLong() || num.longValue() < 0 || num.longValue() >= attachments) {
      throw ProtocolErrors.placeholderNumOutOfRange(
          num.canConvertToLong() ? num.longValue() : Long.MAX_VALUE, attachments);
    }
    placeholders.add(
        new Placeholder(frame.parent.node, frame.keyInParent, frame.indexInParent, num.intValue()));
  }
}
