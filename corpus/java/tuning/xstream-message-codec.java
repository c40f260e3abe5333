package com.acme.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.thoughtworks.xstream.XStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageListener;
import javax.jms.TextMessage;

/** Consumes order events from the broker. Legacy producers still send XStream XML. */
public class XStreamMessageCodec implements MessageListener {

    public static class OrderEvent {
        public long orderId;
        public String status;
    }

    public interface OrderHandler {
        void handle(OrderEvent event);
    }

    private final XStream xstream = new XStream();
    private final ObjectMapper mapper = new ObjectMapper();
    private final OrderHandler handler;

    public XStreamMessageCodec(OrderHandler handler) {
        this.handler = handler;
        xstream.alias("order", OrderEvent.class);
    }

    @Override
    public void onMessage(Message message) {
        try {
            String text = ((TextMessage) message).getText();
            OrderEvent event;
            if (text.startsWith("<")) {
                // expect: sandbox.deserialization
                event = (OrderEvent) xstream.fromXML(text);
            } else {
                // ok: sandbox.deserialization
                event = mapper.readValue(text.getBytes(StandardCharsets.UTF_8), OrderEvent.class);
            }
            handler.handle(event);
        } catch (JMSException | IOException | ClassCastException e) {
            throw new IllegalStateException("bad order event", e);
        }
    }

    public String encode(OrderEvent event) {
        return xstream.toXML(event);
    }
}
