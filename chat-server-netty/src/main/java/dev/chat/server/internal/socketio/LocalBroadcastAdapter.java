package dev.chat.server.internal.socketio;

import dev.chat.server.socketio.BroadcastAdapter;
import dev.chat.server.socketio.BroadcastOptions;
import dev.chat.server.socketio.BroadcastPacket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rooms in memory (room to socket ids, socket id to rooms) and delivery to this process's sockets.
 * Thread-safe. A broadcast allocates nothing per recipient: exclusions are checked against each
 * recipient's own rooms.
 */
public final class LocalBroadcastAdapter implements BroadcastAdapter {

    private final ConcurrentHashMap<String, Set<String>> socketsByRoom = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<String>> roomsBySocket = new ConcurrentHashMap<>();
    private final LocalDelivery local;

    public LocalBroadcastAdapter(String namespace, LocalDelivery local) {
        this.local = local;
    }

    @Override
    public void addAll(String socketId, Set<String> rooms) {
        Set<String> mine = roomsBySocket.computeIfAbsent(socketId, k -> ConcurrentHashMap.newKeySet());
        for (String room : rooms) {
            mine.add(room);
            socketsByRoom.computeIfAbsent(room, k -> ConcurrentHashMap.newKeySet()).add(socketId);
        }
    }

    @Override
    public void del(String socketId, String room) {
        Set<String> mine = roomsBySocket.get(socketId);
        if (mine != null) {
            mine.remove(room);
        }
        socketsByRoom.computeIfPresent(room, (k, members) -> {
            members.remove(socketId);
            return members.isEmpty() ? null : members;
        });
    }

    @Override
    public void delAll(String socketId) {
        Set<String> mine = roomsBySocket.remove(socketId);
        if (mine == null) {
            return;
        }
        for (String room : mine) {
            socketsByRoom.computeIfPresent(room, (k, members) -> {
                members.remove(socketId);
                return members.isEmpty() ? null : members;
            });
        }
    }

    @Override
    public Set<String> rooms(String socketId) {
        Set<String> mine = roomsBySocket.get(socketId);
        return mine == null ? Set.of() : Set.copyOf(mine);
    }

    @Override
    public Set<String> sockets(Set<String> rooms) {
        if (rooms.isEmpty()) {
            return Set.copyOf(roomsBySocket.keySet());
        }
        Set<String> ids = new HashSet<>();
        for (String room : rooms) {
            ids.addAll(socketsByRoom.getOrDefault(room, Set.of()));
        }
        return ids;
    }

    @Override
    public void broadcast(BroadcastPacket packet, BroadcastOptions options) {
        Set<String> rooms = options.rooms();
        Set<String> except = options.except();
        if (rooms.isEmpty()) {
            for (String id : roomsBySocket.keySet()) {
                deliverUnlessExcluded(id, packet, except);
            }
        } else if (rooms.size() == 1) {
            for (String id : socketsByRoom.getOrDefault(rooms.iterator().next(), Set.of())) {
                deliverUnlessExcluded(id, packet, except);
            }
        } else {
            for (String id : sockets(rooms)) {
                deliverUnlessExcluded(id, packet, except);
            }
        }
    }

    private void deliverUnlessExcluded(String socketId, BroadcastPacket packet, Set<String> except) {
        if (!except.isEmpty()) {
            Set<String> mine = roomsBySocket.get(socketId);
            if (mine == null) {
                return;
            }
            for (String room : except) {
                if (mine.contains(room)) {
                    return;
                }
            }
        }
        local.deliver(socketId, packet);
    }
}
