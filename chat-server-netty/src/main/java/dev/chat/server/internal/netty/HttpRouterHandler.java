package dev.chat.server.internal.netty;

import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each complete HTTP request: Engine.IO mounts first, then the endpoint with the longest
 * matching prefix (run on the blocking executor), else 404.
 */
public final class HttpRouterHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String NOT_FOUND = "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Not found.\"}}";
    static final String BAD_REQUEST = "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"Malformed HTTP request.\"}}";
    static final String INTERNAL_ERROR =
            "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal server error.\"}}";
    private static final Logger LOG = LoggerFactory.getLogger(HttpRouterHandler.class);

    private final HostRoutes routes;

    public HttpRouterHandler(HostRoutes routes) {
        this.routes = routes;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        if (req.decoderResult().isFailure()) {
            HttpReplies.send(ctx, 400, HttpReplies.JSON, BAD_REQUEST, Map.of(), false);
            return;
        }
        QueryStringDecoder qs = new QueryStringDecoder(req.uri());
        Optional<EngineMount> engine = routes.engineFor(qs.path());
        if (engine.isPresent()) {
            EngineRequests.handle(ctx, req, qs, engine.get());
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        Optional<EndpointMount> endpoint = routes.endpointFor(qs.path());
        if (endpoint.isEmpty()) {
            HttpReplies.send(ctx, 404, HttpReplies.JSON, NOT_FOUND, Map.of(), keepAlive);
            return;
        }
        HttpRequest request = NettyRequests.toRequest(req, qs, ctx.channel(), true);
        routes.blockingExecutor().execute(() -> callEndpoint(ctx, endpoint.get(), request, keepAlive));
    }

    private static void callEndpoint(ChannelHandlerContext ctx, EndpointMount mount, HttpRequest request,
            boolean keepAlive) {
        CompletionStage<HttpResponse> stage;
        try {
            stage = mount.endpoint().handle(request);
        } catch (RuntimeException e) {
            LOG.error("endpoint {} failed on {} {}", mount.prefix(), request.method(), request.path(), e);
            HttpReplies.send(ctx, 500, HttpReplies.JSON, INTERNAL_ERROR, Map.of(), keepAlive);
            return;
        }
        stage.whenComplete((response, failure) -> {
            if (failure != null || response == null) {
                LOG.error("endpoint {} failed on {} {}", mount.prefix(), request.method(), request.path(), failure);
                HttpReplies.send(ctx, 500, HttpReplies.JSON, INTERNAL_ERROR, Map.of(), keepAlive);
                return;
            }
            String contentType = response.headers().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            Map<String, String> others = new java.util.LinkedHashMap<>(response.headers());
            others.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
            HttpReplies.send(ctx, response.status(), contentType, response.body(), others, keepAlive);
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (LOG.isDebugEnabled()) { // a reset peer is common: no message string built for nothing
            LOG.debug("http connection {} closed: {}", ctx.channel().remoteAddress(), cause.toString());
        }
        ctx.close();
    }
}
