package io.kubemate.connectors.feishu;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import io.kubemate.connectors.core.MalformedRequestException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The protobuf wire format of {@code pbbp2.Frame} (proto2), as Feishu's long connection sends it in binary WebSocket
 * messages: {@code SeqID=1, LogID=2} (uint64), {@code service=3, method=4} (int32), {@code headers=5} (repeated
 * {@code Header{key=1, value=2}}), {@code payload_encoding=6, payload_type=7} (string), {@code payload=8} (bytes),
 * {@code LogIDNew=9} (string). The first four and both header fields are required.
 */
public final class FeishuFrameCodec {

    private static final int SEQ_ID = 1 << 3 | WireFormat.WIRETYPE_VARINT;
    private static final int LOG_ID = 2 << 3 | WireFormat.WIRETYPE_VARINT;
    private static final int SERVICE = 3 << 3 | WireFormat.WIRETYPE_VARINT;
    private static final int METHOD = 4 << 3 | WireFormat.WIRETYPE_VARINT;
    private static final int HEADERS = 5 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int PAYLOAD_ENCODING = 6 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int PAYLOAD_TYPE = 7 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int PAYLOAD = 8 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int LOG_ID_NEW = 9 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int HEADER_KEY = 1 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int HEADER_VALUE = 2 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;

    private FeishuFrameCodec() {
    }

    /** Reads one frame; bytes that are not a complete {@code pbbp2.Frame} are refused with a one-line reason. */
    public static FeishuFrame decode(byte[] bytes) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            long seqId = 0;
            long logId = 0;
            int service = 0;
            int method = 0;
            int present = 0;
            List<FeishuFrame.Header> headers = new ArrayList<>();
            String encoding = null;
            String type = null;
            byte[] payload = null;
            String logIdNew = null;
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag) {
                    case SEQ_ID -> {
                        seqId = in.readUInt64();
                        present |= 1;
                    }
                    case LOG_ID -> {
                        logId = in.readUInt64();
                        present |= 2;
                    }
                    case SERVICE -> {
                        service = in.readInt32();
                        present |= 4;
                    }
                    case METHOD -> {
                        method = in.readInt32();
                        present |= 8;
                    }
                    case HEADERS -> headers.add(header(in.readByteArray()));
                    case PAYLOAD_ENCODING -> encoding = in.readString();
                    case PAYLOAD_TYPE -> type = in.readString();
                    case PAYLOAD -> payload = in.readByteArray();
                    case LOG_ID_NEW -> logIdNew = in.readString();
                    default -> in.skipField(tag);
                }
            }
            if (present != 15) {
                throw new MalformedRequestException("Feishu frame without its required SeqID, LogID, service and method");
            }
            return new FeishuFrame(seqId, logId, service, method, headers, encoding, type, payload, logIdNew);
        } catch (IOException e) {
            throw new MalformedRequestException("not a Feishu frame: " + e.getMessage());
        }
    }

    private static FeishuFrame.Header header(byte[] bytes) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        String key = null;
        String value = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case HEADER_KEY -> key = in.readString();
                case HEADER_VALUE -> value = in.readString();
                default -> in.skipField(tag);
            }
        }
        if (key == null || value == null) {
            throw new MalformedRequestException("Feishu frame header without key or value");
        }
        return new FeishuFrame.Header(key, value);
    }

    public static byte[] encode(FeishuFrame frame) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeUInt64(1, frame.seqId());
            out.writeUInt64(2, frame.logId());
            out.writeInt32(3, frame.service());
            out.writeInt32(4, frame.method());
            for (FeishuFrame.Header header : frame.headers()) {
                out.writeByteArray(5, header(header));
            }
            if (frame.payloadEncoding() != null) {
                out.writeString(6, frame.payloadEncoding());
            }
            if (frame.payloadType() != null) {
                out.writeString(7, frame.payloadType());
            }
            if (frame.payload().length > 0) {
                out.writeByteArray(8, frame.payload());
            }
            if (frame.logIdNew() != null) {
                out.writeString(9, frame.logIdNew());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] header(FeishuFrame.Header header) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeString(1, header.key());
        out.writeString(2, header.value());
        out.flush();
        return bytes.toByteArray();
    }
}
