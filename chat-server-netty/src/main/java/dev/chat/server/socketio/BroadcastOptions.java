package dev.chat.server.socketio;

import java.util.Objects;
import java.util.Set;

/**
 * Who receives a broadcast: the sockets in any of {@code rooms} (every socket of the namespace when
 * empty), minus the sockets in any of {@code except}. Each socket is in the room named by its id.
 *
 * @param rooms the target rooms; empty for the whole namespace
 * @param except the excluded rooms
 */
public record BroadcastOptions(Set<String> rooms, Set<String> except) {

    /** Every socket of the namespace. */
    public static final BroadcastOptions ALL = new BroadcastOptions(Set.of(), Set.of());

    /**
     * Copies the sets.
     *
     * @param rooms the {@code rooms} component
     * @param except the {@code except} component
     */
    public BroadcastOptions {
        rooms = Set.copyOf(Objects.requireNonNull(rooms, "rooms"));
        except = Set.copyOf(Objects.requireNonNull(except, "except"));
    }
}
