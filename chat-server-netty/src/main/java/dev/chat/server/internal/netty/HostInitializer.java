package dev.chat.server.internal.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

/** Assembles the pipeline of an accepted connection: HTTP codec, aggregator, router. */
public final class HostInitializer extends ChannelInitializer<Channel> {

    public static final String HTTP_CODEC = "http-codec";
    public static final String AGGREGATOR = "http-aggregator";
    public static final String ROUTER = "router";

    private final HostRoutes routes;

    public HostInitializer(HostRoutes routes) {
        this.routes = routes;
    }

    @Override
    protected void initChannel(Channel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast(HTTP_CODEC, new HttpServerCodec());
        p.addLast(AGGREGATOR, new HttpObjectAggregator(routes.maxRequestBytes()));
        p.addLast(ROUTER, new HttpRouterHandler(routes));
    }
}
