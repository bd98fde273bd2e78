package dev.chat.server.socketio;

import dev.chat.server.internal.socketio.LocalBroadcastAdapter;
import java.util.Set;

/**
 * The rooms of one namespace and the delivery of its broadcasts: the one seam for scale-out (a Redis
 * adapter later). The default, {@link #LOCAL}, keeps rooms in memory and delivers to this process's
 * sockets. Implementations must be thread-safe.
 */
public interface BroadcastAdapter {

    /** The in-memory adapter: rooms to socket ids, delivered to local sockets. */
    Factory LOCAL = LocalBroadcastAdapter::new;

    /**
     * Adds a socket to rooms.
     *
     * @param socketId the socket id
     * @param rooms the rooms to join
     */
    void addAll(String socketId, Set<String> rooms);

    /**
     * Removes a socket from one room.
     *
     * @param socketId the socket id
     * @param room the room to leave
     */
    void del(String socketId, String room);

    /**
     * Removes a socket from every room.
     *
     * @param socketId the socket id
     */
    void delAll(String socketId);

    /**
     * The rooms of a socket.
     *
     * @param socketId the socket id
     * @return a snapshot of its rooms; empty if unknown
     */
    Set<String> rooms(String socketId);

    /**
     * The sockets in any of the given rooms (all sockets when empty).
     *
     * @param rooms the rooms
     * @return a snapshot of socket ids
     */
    Set<String> sockets(Set<String> rooms);

    /**
     * Delivers a packet, encoded once, to every socket the options select.
     *
     * @param packet the encoded packet
     * @param options the rooms and exclusions
     */
    void broadcast(BroadcastPacket packet, BroadcastOptions options);

    /** Creates the adapter of one namespace. */
    @FunctionalInterface
    interface Factory {
        /**
         * Creates an adapter.
         *
         * @param namespace the namespace name, such as {@code /}
         * @param local delivers a packet to a socket of this process
         * @return the adapter
         */
        BroadcastAdapter create(String namespace, LocalDelivery local);
    }

    /** Delivers a broadcast packet to one socket of this process. */
    @FunctionalInterface
    interface LocalDelivery {
        /**
         * Queues the packet on the socket's outbound queue; ignored if the socket is gone.
         *
         * @param socketId the socket id
         * @param packet the packet
         */
        void deliver(String socketId, BroadcastPacket packet);
    }
}
