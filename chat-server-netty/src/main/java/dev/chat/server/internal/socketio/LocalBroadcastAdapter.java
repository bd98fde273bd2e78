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
 *
 * <p>Memory per idle socket is kept small: a socket's rooms are an immutable set replaced on each
 * change (a socket is in a handful of rooms); a room's members are an immutable set while the room
 * is small and a concurrent set once it grows; and the room named by a socket's own id, which every
 * socket joins, is not stored at all: a known socket is in it unless it is in {@code outOfOwnRoom}
 * (a socket that left its own room, or joined others first: rare, so that set is usually empty).
 */
public final class LocalBroadcastAdapter implements BroadcastAdapter {

    /** Rooms up to this size are immutable sets copied on change; larger ones are concurrent sets. */
    private static final int SMALL_ROOM = 16;

    private final ConcurrentHashMap<String, Set<String>> socketsByRoom = new ConcurrentHashMap<>();
    /** Every socket in a room, to its rooms other than its own (possibly none). */
    private final ConcurrentHashMap<String, Set<String>> roomsBySocket = new ConcurrentHashMap<>();
    /** The sockets of {@code roomsBySocket} that are not in their own room. */
    private final Set<String> outOfOwnRoom = ConcurrentHashMap.newKeySet();
    private final LocalDelivery local;

    public LocalBroadcastAdapter(String namespace, LocalDelivery local) {
        this.local = local;
    }

    @Override
    public void addAll(String socketId, Set<String> rooms) {
        boolean own = rooms.contains(socketId);
        roomsBySocket.compute(socketId, (k, mine) -> {
            if (own) {
                outOfOwnRoom.remove(socketId);
            } else if (mine == null) {
                outOfOwnRoom.add(socketId);
            }
            Set<String> updated = mine == null ? Set.of() : mine;
            for (String room : rooms) {
                if (!room.equals(socketId)) {
                    updated = with(updated, sharedName(room));
                }
            }
            return updated;
        });
        for (String room : rooms) {
            if (!room.equals(socketId)) {
                socketsByRoom.compute(room, (k, members) -> with(members, socketId));
            }
        }
    }

    @Override
    public void del(String socketId, String room) {
        if (room.equals(socketId)) {
            roomsBySocket.computeIfPresent(socketId, (k, mine) -> {
                if (mine.isEmpty()) {
                    outOfOwnRoom.remove(socketId);
                    return null; // in no room any more
                }
                outOfOwnRoom.add(socketId);
                return mine;
            });
            return;
        }
        roomsBySocket.computeIfPresent(socketId, (k, mine) -> {
            Set<String> rest = without(mine, room);
            if (rest != null) {
                return rest;
            }
            if (outOfOwnRoom.remove(socketId)) {
                return null; // in no room any more
            }
            return Set.of();
        });
        socketsByRoom.computeIfPresent(room, (k, members) -> without(members, socketId));
    }

    @Override
    public void delAll(String socketId) {
        Set<String> mine = roomsBySocket.remove(socketId);
        outOfOwnRoom.remove(socketId);
        if (mine == null) {
            return;
        }
        for (String room : mine) {
            socketsByRoom.computeIfPresent(room, (k, members) -> without(members, socketId));
        }
    }

    @Override
    public Set<String> rooms(String socketId) {
        Set<String> mine = roomsBySocket.get(socketId);
        if (mine == null) {
            return Set.of();
        }
        if (outOfOwnRoom.contains(socketId)) {
            return mine; // immutable: a snapshot already
        }
        String[] all = mine.toArray(new String[mine.size() + 1]);
        all[all.length - 1] = socketId;
        return Set.of(all);
    }

    @Override
    public Set<String> sockets(Set<String> rooms) {
        if (rooms.isEmpty()) {
            return Set.copyOf(roomsBySocket.keySet());
        }
        Set<String> ids = new HashSet<>();
        for (String room : rooms) {
            ids.addAll(socketsByRoom.getOrDefault(room, Set.of()));
            if (isOwnRoom(room)) {
                ids.add(room);
            }
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
            String room = rooms.iterator().next();
            for (String id : socketsByRoom.getOrDefault(room, Set.of())) {
                deliverUnlessExcluded(id, packet, except);
            }
            if (isOwnRoom(room)) {
                deliverUnlessExcluded(room, packet, except);
            }
        } else {
            for (String id : sockets(rooms)) {
                deliverUnlessExcluded(id, packet, except);
            }
        }
    }

    /**
     * The instance of a room's name its members already hold, else {@code room}: each member keeps
     * the name in its own rooms, and callers usually build a new string for every join.
     */
    private String sharedName(String room) {
        Set<String> members = socketsByRoom.get(room);
        if (members == null) {
            return room;
        }
        for (String member : members) {
            Set<String> theirs = roomsBySocket.get(member);
            if (theirs != null) {
                for (String name : theirs) {
                    if (name.equals(room)) {
                        return name;
                    }
                }
            }
            break; // one member is enough to ask
        }
        return room;
    }

    /** Whether {@code room} is the id of a socket that is in its own room (not kept in socketsByRoom). */
    private boolean isOwnRoom(String room) {
        return roomsBySocket.containsKey(room) && !outOfOwnRoom.contains(room);
    }

    private void deliverUnlessExcluded(String socketId, BroadcastPacket packet, Set<String> except) {
        if (!except.isEmpty()) {
            Set<String> mine = roomsBySocket.get(socketId);
            if (mine == null) {
                return;
            }
            for (String room : except) {
                if (room.equals(socketId) ? !outOfOwnRoom.contains(socketId) : mine.contains(room)) {
                    return;
                }
            }
        }
        local.deliver(socketId, packet);
    }

    /** The set plus {@code id}: the same set if it is there already or the set is concurrent. */
    private static Set<String> with(Set<String> set, String id) {
        if (set == null) {
            return Set.of(id);
        }
        if (set.contains(id)) {
            return set;
        }
        if (set instanceof ConcurrentHashMap.KeySetView<?, ?>) {
            set.add(id);
            return set;
        }
        if (set.size() >= SMALL_ROOM) {
            Set<String> large = ConcurrentHashMap.newKeySet(SMALL_ROOM * 2);
            large.addAll(set);
            large.add(id);
            return large;
        }
        String[] ids = set.toArray(new String[set.size() + 1]);
        ids[ids.length - 1] = id;
        return Set.of(ids);
    }

    /** The set without {@code id}, or null when it would be empty. */
    private static Set<String> without(Set<String> set, String id) {
        if (!set.contains(id)) {
            return set;
        }
        if (set.size() == 1) {
            return null;
        }
        if (set instanceof ConcurrentHashMap.KeySetView<?, ?>) {
            set.remove(id);
            return set;
        }
        String[] ids = new String[set.size() - 1];
        int i = 0;
        for (String member : set) {
            if (!member.equals(id)) {
                ids[i++] = member;
            }
        }
        return Set.of(ids);
    }
}
