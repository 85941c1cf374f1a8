/**
 * The knowledge base (design §2): ingestion of runbooks and documents, heading-aware chunking, embeddings,
 * the embedded and Milvus stores, hybrid retrieval with citations, and the runbook parser. It depends on no
 * other module of ours and knows nothing of the LLM; the boundary is checked by the bot's ModuleBoundariesTest.
 */
package io.kubemate.knowledge;
