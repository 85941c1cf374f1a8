package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BackupsRoutingTest {

    private static SandboxRouting routing;

    @BeforeAll
    static void start() throws Exception {
        routing = SandboxRouting.over(TestBot.SCENARIO.resolve("cluster"));
    }

    @AfterAll
    static void stop() throws Exception {
        routing.close();
    }

    private static Route route(String text) {
        return routing.route(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "when did the last backup of loans succeed?  | loans",
            "When was the latest backup for cards taken  | cards",
            "are the backups healthy?                    | -",
            "is the backup of loans overdue              | loans",
            "show velero backups                         | -",
            "/backups cards                              | cards",
            "备份正常吗？                                  | -",
            "loans 的备份最近一次是什么时候                   | loans",
            "cards 的备份失败了吗                           | cards",
            "查看 payments 的备份状态                        | payments",
            "最近一次成功备份是什么时候                        | -",
    })
    void a_question_about_backups_reads_them_for_the_namespace_it_names(String text, String target) {
        Route route = route(text.strip());
        assertEquals("backups", route.tool(), route.toString());
        assertEquals(target, route.args().get("target"), route.toString());
    }

    @Test
    void how_to_restore_from_a_backup_is_a_runbook_question() {
        assertNotEquals("backups", route("what is the procedure to restore loans from a velero backup").tool());
        assertNotEquals("backups", route("备份恢复怎么处理").tool());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/backup-now loans-12h                       | loans-12h",
            "back up now from schedule loans-12h         | loans-12h",
            "立即备份 loans-12h                            | loans-12h",
    })
    void asking_for_a_backup_now_proposes_one_from_the_schedule(String text, String schedule) {
        Route route = route(text.strip());
        assertEquals("backup_now", route.tool(), route.toString());
        assertEquals(schedule, route.args().get("schedule"), route.toString());
    }

    @Test
    void a_question_about_backing_up_now_does_not_propose_it() {
        Route route = route("should we back up now from schedule loans-12h?");
        assertNotEquals("backup_now", route.tool(), route.toString());
    }
}
