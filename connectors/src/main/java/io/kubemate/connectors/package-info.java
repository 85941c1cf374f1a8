/**
 * Chat platform connectors (design §2): one package per platform that verifies and parses inbound requests
 * into platform-neutral messages, renders replies and sends them, plus the Alertmanager webhook receiver.
 * It depends on no other module of ours; the boundary is checked by the bot's ModuleBoundariesTest.
 */
package io.kubemate.connectors;
