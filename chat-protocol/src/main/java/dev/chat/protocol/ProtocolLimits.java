package dev.chat.protocol;

/**
 * Bounds on everything a peer can make the codec hold or do. Input over a limit is rejected with a
 * {@link ProtocolError} before it is parsed; nothing is truncated.
 *
 * <p>Defaults ({@link #DEFAULTS}):
 *
 * <ul>
 *   <li>{@code maxPayloadBytes} 1,000,000: the largest WebSocket frame, polling body or Socket.IO
 *       packet text, in UTF-8 bytes; also the total of the binary attachments of one packet
 *       (same as engine.io's {@code maxHttpBufferSize} and the handshake's {@code maxPayload}).
 *   <li>{@code maxAttachments} 10: binary attachments announced by one BINARY_EVENT / BINARY_ACK.
 *   <li>{@code maxPacketsPerPayload} 1,000: packets in one HTTP long-polling payload.
 *   <li>{@code maxJsonDepth} 32: nesting levels of arrays and objects in one JSON payload (the
 *       outer array of an EVENT is level 1); at most 1,000.
 * </ul>
 *
 * @param maxPayloadBytes largest frame, body or packet in UTF-8 bytes
 * @param maxAttachments most binary attachments per Socket.IO packet
 * @param maxPacketsPerPayload most packets per polling payload
 * @param maxJsonDepth deepest JSON nesting accepted
 */
public record ProtocolLimits(
    int maxPayloadBytes, int maxAttachments, int maxPacketsPerPayload, int maxJsonDepth) {

  /** The largest {@code maxJsonDepth} accepted. */
  public static final int MAX_JSON_DEPTH_CEILING = 1_000;

  /** The defaults listed in the class comment. */
  public static final ProtocolLimits DEFAULTS = new ProtocolLimits(1_000_000, 10, 1_000, 32);

  /**
   * Validates the fields.
   *
   * @param maxPayloadBytes the record component of that name
   * @param maxAttachments the record component of that name
   * @param maxPacketsPerPayload the record component of that name
   * @param maxJsonDepth the record component of that name
   * @throws IllegalArgumentException naming the first invalid field
   */
  public ProtocolLimits {
    if (maxPayloadBytes < 1) {
      throw new IllegalArgumentException("maxPayloadBytes must be positive: " + maxPayloadBytes);
    }
    if (maxAttachments < 0) {
      throw new IllegalArgumentException("maxAttachments must not be negative: " + maxAttachments);
    }
    if (maxPacketsPerPayload < 1) {
      throw new IllegalArgumentException(
          "maxPacketsPerPayload must be positive: " + maxPacketsPerPayload);
    }
    if (maxJsonDepth < 1 || maxJsonDepth > MAX_JSON_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxJsonDepth must be between 1 and " + MAX_JSON_DEPTH_CEILING + ": " + maxJsonDepth);
    }
  }

  /**
   * Returns a builder starting from {@link #DEFAULTS}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Returns a builder starting from these limits.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ProtocolLimits}; {@link #build()} validates. */
  public static final class Builder {
    private int maxPayloadBytes;
    private int maxAttachments;
    private int maxPacketsPerPayload;
    private int maxJsonDepth;

    private Builder(ProtocolLimits from) {
      this.maxPayloadBytes = from.maxPayloadBytes;
      this.maxAttachments = from.maxAttachments;
      this.maxPacketsPerPayload = from.maxPacketsPerPayload;
      this.maxJsonDepth = from.maxJsonDepth;
    }

    /**
     * Sets {@link ProtocolLimits#maxPayloadBytes()}.
     *
     * @param value largest frame, body or packet in UTF-8 bytes
     * @return this builder
     */
    public Builder maxPayloadBytes(int value) {
      this.maxPayloadBytes = value;
      return this;
    }

    /**
     * Sets {@link ProtocolLimits#maxAttachments()}.
     *
     * @param value most binary attachments per packet
     * @return this builder
     */
    public Builder maxAttachments(int value) {
      this.maxAttachments = value;
      return this;
    }

    /**
     * Sets {@link ProtocolLimits#maxPacketsPerPayload()}.
     *
     * @param value most packets per polling payload
     * @return this builder
     */
    public Builder maxPacketsPerPayload(int value) {
      this.maxPacketsPerPayload = value;
      return this;
    }

    /**
     * Sets {@link ProtocolLimits#maxJsonDepth()}.
     *
     * @param value deepest JSON nesting accepted
     * @return this builder
     */
    public Builder maxJsonDepth(int value) {
      this.maxJsonDepth = value;
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return validated limits
     * @throws IllegalArgumentException naming the first invalid field
     */
    public ProtocolLimits build() {
      return new ProtocolLimits(maxPayloadBytes, maxAttachments, maxPacketsPerPayload, maxJsonDepth);
    }
  }
}
