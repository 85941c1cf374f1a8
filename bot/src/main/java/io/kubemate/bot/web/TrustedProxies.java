package io.kubemate.bot.web;

import io.micronaut.context.exceptions.ConfigurationException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The addresses (CIDRs) an identity header is believed from: the identity proxy's, nobody else's. */
final class TrustedProxies {

    private record Block(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Block> blocks;

    TrustedProxies(List<String> cidrs) {
        this.blocks = cidrs.stream().map(TrustedProxies::block).toList();
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    private static Block block(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        try {
            // a literal address only, so that InetAddress.getByName never asks DNS
            String host = slash < 0 ? text : text.substring(0, slash);
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(host);
            }
            byte[] network = InetAddress.getByName(host).getAddress();
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new NumberFormatException(text);
            }
            return new Block(network, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new ConfigurationException("kubemate.web.trusted-proxies entry '" + cidr + "' is not an address or CIDR, e.g. 10.20.0.0/16");
        }
    }
}
