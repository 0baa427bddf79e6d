package dev.selfeval.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report formats' own schemas (src/test/resources/schemas, whose SOURCES.md says where each comes
 * from), and what they find wrong with a report: an empty list when it is valid.
 */
public final class Schemas {
    private static final String DIR = "/schemas/";
    private static Schema sarif;
    private static javax.xml.validation.Schema junit;

    private Schemas() {
    }

    /** The SARIF 2.1.0 JSON schema's complaints about {@code json}, formats ("uri", "date-time") checked too. */
    public static synchronized List<String> sarifProblems(String json) throws Exception {
        if (sarif == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            try (InputStream in = Schemas.class.getResourceAsStream(DIR + "sarif-schema-2.1.0.json")) {
                sarif = registry.getSchema(in);
            }
        }
        return sarif.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The Jenkins JUnit XSD's complaints about {@code xml}, each with its line. */
    public static List<String> junitProblems(String xml) throws Exception {
        return junitProblems(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The same for a document's bytes, decoded as its declaration says. */
    public static synchronized List<String> junitProblems(byte[] xml) throws Exception {
        if (junit == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            junit = factory.newSchema(Schemas.class.getResource(DIR + "jenkins-junit.xsd"));
        }
        List<String> problems = new ArrayList<>();
        Validator v = junit.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            // reported to the handler: not well-formed
        }
        return problems;
    }

    public static List<String> junitProblems(Path file) throws Exception {
        return junitProblems(Files.readAllBytes(file));
    }
}
