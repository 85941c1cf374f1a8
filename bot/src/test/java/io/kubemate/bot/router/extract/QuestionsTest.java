package io.kubemate.bot.router.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "My pod homepage-pod in homepage-ns is stuck in pending state. Why?",
            "The checkout pods keep restarting. What is going on?",
            "why is payment-api restarting?",
    })
    void a_statement_followed_by_a_question_is_a_question(String text) {
        assertTrue(Questions.asksRatherThanRequests(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "restart payment-api please",
            "please delete the stuck pod homepage-pod",
            "can you scale payment-api to 3?",
    })
    void a_request_stays_a_request(String text) {
        assertFalse(Questions.asksRatherThanRequests(text), text);
    }
}
