package jp.shomei.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The default run's own student directory: UnboundID's in-memory LDAP server with the demo students of both demo
 * universities, on loopback, stopped with the application. Production leaves it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shomei.directory.embedded.enabled", havingValue = "true")
class EmbeddedDirectory {

    /** The base entries the LDIF fills; each university's students sit under its own. */
    static final String[] BASE_DNS = {"o=toto", "o=saikyo"};

    @Bean(destroyMethod = "close")
    InMemoryDirectoryServer embeddedDirectoryServer(DirectoryProperties properties) throws Exception {
        return start(properties.embedded().port(), properties.embedded().ldif());
    }

    /** Listens on the port (0 for any free one) with the entries of the LDIF on the class path. */
    static InMemoryDirectoryServer start(int port, String ldif) throws LDAPException, IOException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DNS);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("LDAP",
                InetAddress.getLoopbackAddress(), port, null));
        // The universities' own attributes (kana, faculty, enrolment status, ...) are in no standard schema.
        config.setSchema(null);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        try (InputStream entries = new ClassPathResource(ldif).getInputStream()) {
            server.importFromLDIF(true, new LDIFReader(entries));
        }
        server.startListening();
        return server;
    }
}
