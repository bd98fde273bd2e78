package dev.chat.server.internal.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.socketio.BroadcastAdapter;
import dev.chat.server.socketio.BroadcastOptions;
import dev.chat.server.socketio.BroadcastPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalBroadcastAdapterTest {

    private final List<String> delivered = new ArrayList<>();
    private final List<BroadcastPacket> packets = new ArrayList<>();
    private final BroadcastAdapter adapter = BroadcastAdapter.LOCAL.create("/", (id, packet) -> {
        delivered.add(id);
        packets.add(packet);
    });
    private final BroadcastPacket packet = BroadcastPacket.of("42[\"hi\"]", List.of());

    @BeforeEach
    void sockets() {
        adapter.addAll("a", Set.of("a", "room1"));
        adapter.addAll("b", Set.of("b", "room1", "room2"));
        adapter.addAll("c", Set.of("c", "room2"));
    }

    @AfterEach
    void everyDeliveryIsTheSameEncodedPacket() {
        assertThat(packets).allSatisfy(p -> assertThat(p).isSameAs(packet));
    }

    @Test
    void broadcastsToEverySocketWithoutRooms() {
        adapter.broadcast(packet, BroadcastOptions.ALL);

        assertThat(delivered).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void broadcastsToOneRoom() {
        adapter.broadcast(packet, new BroadcastOptions(Set.of("room1"), Set.of()));

        assertThat(delivered).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aSocketInSeveralTargetRoomsGetsThePacketOnce() {
        adapter.broadcast(packet, new BroadcastOptions(Set.of("room1", "room2"), Set.of()));

        assertThat(delivered).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void exceptExcludesEverySocketOfTheExceptedRooms() {
        adapter.broadcast(packet, new BroadcastOptions(Set.of("room1", "room2"), Set.of("b")));
        assertThat(delivered).containsExactlyInAnyOrder("a", "c");

        delivered.clear();
        adapter.broadcast(packet, new BroadcastOptions(Set.of(), Set.of("room2")));
        assertThat(delivered).containsExactly("a");
    }

    @Test
    void delAndDelAllRemoveMemberships() {
        adapter.del("b", "room1");
        assertThat(adapter.rooms("b")).containsExactlyInAnyOrder("b", "room2");
        assertThat(adapter.sockets(Set.of("room1"))).containsExactly("a");

        adapter.delAll("b");
        assertThat(adapter.rooms("b")).isEmpty();
        assertThat(adapter.sockets(Set.of())).containsExactlyInAnyOrder("a", "c");
        adapter.broadcast(packet, new BroadcastOptions(Set.of("room2"), Set.of()));
        assertThat(delivered).containsExactly("c");
    }

    @Test
    void anEmptiedRoomDeliversNothing() {
        adapter.del("c", "room2");
        adapter.del("b", "room2");

        adapter.broadcast(packet, new BroadcastOptions(Set.of("room2"), Set.of()));

        assertThat(delivered).isEmpty();
        assertThat(adapter.sockets(Set.of("room2"))).isEmpty();
    }

    @Test
    void aSocketsOwnRoomReachesItAndIsOneOfItsRooms() {
        adapter.broadcast(packet, new BroadcastOptions(Set.of("b"), Set.of()));
        assertThat(delivered).containsExactly("b");
        assertThat(adapter.rooms("b")).containsExactlyInAnyOrder("b", "room1", "room2");
        assertThat(adapter.sockets(Set.of("b", "room2"))).containsExactlyInAnyOrder("b", "c");

        delivered.clear();
        adapter.broadcast(packet, new BroadcastOptions(Set.of("b", "c"), Set.of("room1")));
        assertThat(delivered).containsExactly("c");

        adapter.del("b", "b");
        delivered.clear();
        adapter.broadcast(packet, new BroadcastOptions(Set.of("b"), Set.of()));
        assertThat(delivered).isEmpty();
    }

    @Test
    void anotherSocketMayJoinARoomNamedLikeASocket() {
        adapter.addAll("c", Set.of("a"));

        adapter.broadcast(packet, new BroadcastOptions(Set.of("a"), Set.of()));

        assertThat(delivered).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void aRoomGrowsPastTheSmallSizeAndShrinksBack() {
        for (int i = 0; i < 40; i++) {
            adapter.addAll("s" + i, Set.of("s" + i, "big"));
        }
        adapter.broadcast(packet, new BroadcastOptions(Set.of("big"), Set.of("s3")));
        assertThat(delivered).hasSize(39).doesNotContain("s3");

        for (int i = 0; i < 39; i++) {
            adapter.delAll("s" + i);
        }
        assertThat(adapter.sockets(Set.of("big"))).containsExactly("s39");
        adapter.del("s39", "big");
        assertThat(adapter.sockets(Set.of("big"))).isEmpty();
    }

    @Test
    void membersOfARoomShareOneInstanceOfItsName() {
        String first = new String("conversation:7");
        String second = new String("conversation:7");
        adapter.addAll("d", Set.of(first));
        adapter.addAll("e", Set.of(second));

        String kept = adapter.rooms("e").stream().filter(r -> r.equals("conversation:7")).findFirst().orElseThrow();
        assertThat(kept).isSameAs(first);
        adapter.broadcast(packet, new BroadcastOptions(Set.of("conversation:7"), Set.of()));
        assertThat(delivered).containsExactlyInAnyOrder("d", "e");
    }

    @Test
    void aSocketThatJoinedOtherRoomsFirstIsInItsOwnRoomOnlyOnceItJoinsIt() {
        adapter.addAll("d", Set.of("room1"));
        assertThat(adapter.rooms("d")).containsExactly("room1");
        adapter.broadcast(packet, new BroadcastOptions(Set.of("d"), Set.of()));
        assertThat(delivered).isEmpty();

        adapter.addAll("d", Set.of("d"));
        assertThat(adapter.rooms("d")).containsExactlyInAnyOrder("d", "room1");
        adapter.broadcast(packet, new BroadcastOptions(Set.of("d"), Set.of()));
        assertThat(delivered).containsExactly("d");
    }

    @Test
    void aSocketThatLeftEveryRoomIsGoneAndOneThatLeftOnlyItsOwnIsNot() {
        adapter.del("a", "a");
        assertThat(adapter.rooms("a")).containsExactly("room1");
        adapter.broadcast(packet, new BroadcastOptions(Set.of("room1"), Set.of("a")));
        assertThat(delivered).containsExactlyInAnyOrder("a", "b"); // "a" excepted by its own room no more
        delivered.clear();

        adapter.del("a", "room1");
        assertThat(adapter.rooms("a")).isEmpty();
        adapter.broadcast(packet, BroadcastOptions.ALL);
        assertThat(delivered).containsExactlyInAnyOrder("b", "c");
        delivered.clear();

        adapter.del("c", "room2"); // still in its own room
        assertThat(adapter.rooms("c")).containsExactly("c");
        adapter.broadcast(packet, BroadcastOptions.ALL);
        assertThat(delivered).containsExactlyInAnyOrder("b", "c");
        delivered.clear();
        adapter.del("c", "c");
        adapter.broadcast(packet, BroadcastOptions.ALL);
        assertThat(delivered).containsExactly("b");
    }
}
