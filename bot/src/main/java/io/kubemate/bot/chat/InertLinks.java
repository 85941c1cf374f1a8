package io.kubemate.bot.chat;

import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Links and images in the console as they cannot fool anyone: an image is never loaded (its Markdown is shown as
 * text, so a tracking pixel cannot call out), a link opens in a new tab without referrer and, when its text is not
 * its address, says where it really goes ({@code Confirm (evil.example)}). Cluster text is already put in code spans
 * by the reports; this covers what a model's answer might echo.
 */
final class InertLinks implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    InertLinks(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class, Link.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Image image) {
            html.text("![" + plainText(image) + "](" + image.getDestination() + ")");
            return;
        }
        Link link = (Link) node;
        String destination = context.encodeUrl(link.getDestination());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", destination);
        attributes.put("rel", "nofollow noopener noreferrer");
        attributes.put("target", "_blank");
        html.tag("a", context.extendAttributes(link, "a", attributes));
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/a");
        String text = plainText(link);
        if (!text.equals(link.getDestination())) {
            html.text(" (" + host(link.getDestination()) + ")");
        }
    }

    private static String host(String destination) {
        try {
            String host = URI.create(destination).getHost();
            return host == null ? destination : host;
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else {
                collect(child, out);
            }
        }
    }
}
