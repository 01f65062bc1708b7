package com.trackingintegration.adapters.oms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The NF-e XML files of the tests, and hostile ones made from them. */
final class NfeFixtures {

    static final String ISSUER = "12345678000195";
    static final String CARRIER = "11222333000181";

    private NfeFixtures() {
    }

    /** A real NF-e 4.00 ({@code nfeProc}) whose {@code entrega} names another place than the buyer's address. */
    static String withEntrega() {
        return resource("nfe/nfe-4.00-with-entrega.xml");
    }

    /** The same NF-e without {@code entrega}: the goods go to the buyer's address. */
    static String withoutEntrega() {
        return resource("nfe/nfe-4.00-without-entrega.xml");
    }

    /** The billion laughs: ten levels of ten entities each, a gigabyte once expanded. */
    static String xmlBomb() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE nfeProc [\n<!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"");
            dtd.append(("&lol" + (level - 1) + ";").repeat(10));
            dtd.append("\">\n");
        }
        dtd.append("]>\n");
        return dtd + withEntrega().substring(withEntrega().indexOf("<nfeProc")).replace("<xNome>Maria Exemplo</xNome>", "<xNome>&lol9;</xNome>");
    }

    /** An NF-e whose recipient's name is an external entity: a file or URL the parser must never open. */
    static String externalEntity(String systemId) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE nfeProc [ <!ENTITY stolen SYSTEM \"" + systemId + "\"> ]>\n"
                + withEntrega().substring(withEntrega().indexOf("<nfeProc")).replace("<xNome>Maria Exemplo</xNome>", "<xNome>&stolen;</xNome>");
    }

    /** The NF-e cut in the middle, as a transfer that stopped. */
    static String truncated() {
        String whole = withEntrega();
        return whole.substring(0, whole.indexOf("<transp>") + 20);
    }

    private static String resource(String name) {
        try (InputStream in = NfeFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
