package com.trackingintegration.adapters.erp;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;

import static com.trackingintegration.adapters.erp.ErpFiles.example;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/erp-order.schema.json and the reader agree: the example passes both, and a bad order fails both. */
class ErpOrderSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Schema schema() throws Exception {
        String text = Files.readString(ErpFiles.DOCS.resolve("erp-order.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(text));
    }

    @Test
    void every_line_of_the_example_follows_the_schema() throws Exception {
        Schema schema = schema();
        for (String line : example("orders-example.jsonl").lines().toList()) {
            List<Error> errors = schema.validate(JSON.readTree(line));
            assertThat(errors).as(line).isEmpty();
        }
    }

    @Test
    void an_order_the_reader_rejects_is_also_refused_by_the_schema() throws Exception {
        String line = example("orders-example.jsonl").lines().findFirst().orElseThrow()
                .replace("\"postalCode\":\"22250-040\"", "\"postalCode\":\"2225-040\"")
                .replace("\"quantity\":2", "\"quantity\":0");

        List<Error> errors = schema().validate(JSON.readTree(line));

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .anySatisfy(location -> assertThat(location).contains("postalCode"))
                .anySatisfy(location -> assertThat(location).contains("quantity"));
        assertThat(ErpOrderReading.read(JSON.readTree(line)).problems()).extracting(p -> p.field())
                .containsExactly("address.postalCode", "items[0].quantity");
    }
}
