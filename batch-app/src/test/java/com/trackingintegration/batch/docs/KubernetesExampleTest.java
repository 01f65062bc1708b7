package com.trackingintegration.batch.docs;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's Kubernetes example, parsed as Kubernetes would read it: valid YAML, the jar in an image (a
 * ConfigMap cannot hold it), one pod only on the HSQLDB file's claim, never two runs at once, secrets from a Secret.
 */
class KubernetesExampleTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    private static List<Map<String, Object>> documents() throws IOException {
        String operations = Files.readString(Path.of("..", "docs", "operations.md"));
        List<Map<String, Object>> documents = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(operations.substring(operations.indexOf("## Kubernetes CronJob")));
        while (block.find()) {
            for (Object document : new Yaml().loadAll(block.group(1))) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, Object> at(Map<String, Object> map, String... path) {
        Map<String, Object> current = map;
        for (String key : path) {
            current = map(current.get(key));
        }
        return current;
    }

    @Test
    void the_three_jobs_run_in_one_cronjob_one_pod_on_the_hsqldb_claim_never_two_at_once() throws IOException {
        List<Map<String, Object>> cronJobs = documents().stream().filter(d -> "CronJob".equals(d.get("kind"))).toList();
        List<Map<String, Object>> claims = documents().stream().filter(d -> "PersistentVolumeClaim".equals(d.get("kind"))).toList();

        assertThat(cronJobs).hasSize(1);
        assertThat(claims).singleElement().satisfies(claim -> assertThat(list(at(claim, "spec").get("accessModes"))).containsExactly("ReadWriteOnce"));
        Map<String, Object> cronJob = cronJobs.get(0);
        assertThat(at(cronJob, "spec").get("concurrencyPolicy")).isEqualTo("Forbid");
        Map<String, Object> pod = at(cronJob, "spec", "jobTemplate", "spec", "template", "spec");
        assertThat(list(pod.get("volumes"))).extracting(v -> map(v).get("persistentVolumeClaim")).extracting(c -> map(c).get("claimName"))
                .containsExactly(at(claims.get(0), "metadata").get("name"));
        List<Object> containers = list(pod.get("containers"));
        assertThat(containers).hasSize(1);
        assertThat(String.valueOf(map(containers.get(0)).get("args"))).contains("nativeImport", "externalImport", "statusSync");
    }

    @Test
    void the_jar_comes_in_an_image_and_the_secrets_from_a_secret() throws IOException {
        for (Map<String, Object> cronJob : documents().stream().filter(d -> "CronJob".equals(d.get("kind"))).toList()) {
            Map<String, Object> pod = at(cronJob, "spec", "jobTemplate", "spec", "template", "spec");
            assertThat(list(pod.get("volumes"))).noneMatch(volume -> map(volume).containsKey("configMap"));
            for (Object container : list(pod.get("containers"))) {
                assertThat(String.valueOf(map(container).get("image"))).doesNotStartWith("eclipse-temurin");
                assertThat(list(map(container).get("envFrom"))).anyMatch(from -> map(from).containsKey("secretRef"));
                assertThat(String.valueOf(map(container).get("args")) + map(container).get("command") + map(container).get("env"))
                        .doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("password");
            }
        }
    }
}
