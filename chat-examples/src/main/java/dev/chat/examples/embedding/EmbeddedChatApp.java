package dev.chat.examples.embedding;

import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A host application that embeds the chat: a small shop whose customers chat with support.
 *
 * <p>It shows the three things an embedder does:
 * <ol>
 *   <li>start the server in its own process, with <b>its own user-id policy</b>: users log in to the shop,
 *       the shop's session tokens (not JWTs) identify them ({@link ShopSessions}), and customers may only
 *       open conversations with support staff ({@link CustomersTalkToSupport});</li>
 *   <li>call the chat from its own business logic: shipping an order publishes a {@code new_notification}
 *       to the customer ({@link ShopOrders});</li>
 *   <li>stop the server with the application.</li>
 * </ol>
 *
 * <p>Run: {@code java -cp chat-examples/target/chat-examples.jar dev.chat.examples.embedding.EmbeddedChatApp}
 * ({@code PORT} sets the port, default 8000). It prints the session tokens of a customer and a support agent,
 * usable as {@code auth.token} by any Socket.IO client, and ships an order every 15 seconds.
 */
public final class EmbeddedChatApp implements AutoCloseable {
    private final ChatServer server;
    private final ShopSessions sessions;
    private final ShopOrders orders;
    private final InetSocketAddress address;

    private EmbeddedChatApp(ChatServer server, ShopSessions sessions, ShopOrders orders, InetSocketAddress address) {
        this.server = server;
        this.sessions = sessions;
        this.orders = orders;
        this.address = address;
    }

    /** Starts the shop's chat on {@code port} (0 for a free port) of 127.0.0.1. */
    public static EmbeddedChatApp start(int port) {
        ShopSessions sessions = new ShopSessions();
        ChatServer server = ChatServer.builder(ChatServerConfig.builder().host("127.0.0.1").port(port).build())
                .tokenVerifier(sessions)                      // who is who: the shop's own sessions
                .policy(new CustomersTalkToSupport())         // who may talk to whom: the shop's rule
                .build();                                     // store: in memory (pass .store(...) for yours)
        InetSocketAddress address = server.start();
        return new EmbeddedChatApp(server, sessions, new ShopOrders(server.chat()), address);
    }

    /** Runs until Ctrl+C. */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        EmbeddedChatApp app = start(port);
        String customer = app.sessions().login("customer-42");
        String support = app.sessions().login("support-1");
        System.out.printf("Shop chat on http://%s:%d%n", app.address().getHostString(), app.address().getPort());
        System.out.println("Session token of customer-42: " + customer);
        System.out.println("Session token of support-1:   " + support);

        // The shop's own business: an order ships every 15 s, and the customer is notified in real time.
        ScheduledExecutorService shop = Executors.newSingleThreadScheduledExecutor();
        int[] order = {1000};
        shop.scheduleAtFixedRate(() -> app.orders().ship("customer-42", "A-" + (++order[0])), 15, 15, TimeUnit.SECONDS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shop.shutdownNow();
            app.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** The bound address. */
    public InetSocketAddress address() {
        return address;
    }

    /** The shop's login sessions. */
    public ShopSessions sessions() {
        return sessions;
    }

    /** The shop's orders. */
    public ShopOrders orders() {
        return orders;
    }

    /** The embedded server, for the shop's other calls into the chat ({@code server().chat()}). */
    public ChatServer server() {
        return server;
    }

    /** Stops the chat with the shop. */
    @Override
    public void close() {
        server.stop();
    }
}
