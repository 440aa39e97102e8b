package org.communityorganising.pathways.progression.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * A leader promoted in Pathways receives an Open Badges 3.0 credential that code which is not
 * ours accepts: jose4j checks its signature with the keys served at /.well-known/jwks.json, and
 * 1EdTech's JSON Schema its shape. A tampered copy is refused; revocation reaches the public page
 * and the status list; nobody else downloads it.
 */
@IntegrationTest
class CredentialsTest {

    @LocalServerPort
    int port;

    @Autowired
    CredentialService credentials;

    @Autowired
    PromotionService promotions;

    @Autowired
    LeaderFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    CredentialGrants grants;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    PersonalDataService privacy;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.communityorganising.pathways.mail.PublicAddress address;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPromotedLeaderCarriesACredentialThatAnIndependentVerifierAccepts() throws Exception {
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long request = fixtures.reviewRequestedBy(leader);
        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, null);

        signIn.as(leader);
        // Issued after the promotion commits, by a listener of its own.
        for (int tries = 0; tries < 200 && credentials.mine().isEmpty(); tries++) {
            Thread.sleep(100);
        }
        var mine = credentials.mine().getFirst();
        assertThat(mine.tierRank()).isEqualTo(1);
        assertThat(mine.status()).isEqualTo(CredentialStatus.ACTIVE);
        String jwt = credentials.download(mine.id());

        // The signature, by another library, with the keys a stranger would fetch.
        JwtClaims claims = verifier().processToClaims(jwt);
        String base = "http://localhost:8080";
        assertThat(claims.getIssuer()).isEqualTo(base + "/credentials/issuer");
        assertThat(claims.getJwtId()).isEqualTo(base + "/credentials/" + mine.id());
        assertThat(claims.getSubject()).startsWith("urn:uuid:");
        assertThat(claims.getClaimValue("type").toString()).contains("OpenBadgeCredential");

        // The shape, by 1EdTech's own schema for Open Badges 3.0.
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(getClass().getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json"));
        assertThat(schema.validate(payload, InputFormat.JSON)).isEmpty();

        // The criteria are the tier's own requirements, in both languages.
        assertThat(payload).contains("Completed Community Leadership Training", "Arweinydd Hyfforddedig");

        // Private by design: a salted hash, never the address, the name or the institution.
        assertThat(payload)
                .doesNotContain(leader)
                .doesNotContain("Test TRAINEE")
                .contains("sha256$");

        // A copy with one claim changed is refused.
        String[] parts = jwt.split("\\.");
        String forged = payload.replace("Trained Leader", "Senior Leader");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThatThrownBy(() -> verifier().processToClaims(tampered)).isInstanceOf(InvalidJwtException.class);

        // The certificate, in both languages, with a name that is data and never markup.
        jdbc.sql("update person set full_name = :name where email = :email")
                .param("name", "<b>Ŵyn & \"Ŷr\"</b>")
                .param("email", leader)
                .update();
        String certificate;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(credentials.certificate(mine.id()))) {
            certificate = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(certificate)
                .contains("<b>Ŵyn & \"Ŷr\"</b>", "Trained Leader", "Tystysgrif", base + "/credentials/" + mine.id());

        // Someone else cannot download it; an anonymous caller cannot list anything.
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> credentials.download(mine.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> credentials.certificate(mine.id())).isInstanceOf(InvalidInputException.class);
        SignIn.out();
        assertThatThrownBy(() -> credentials.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> credentials.download(mine.id()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> credentials.changeStatus(mine.id(), CredentialStatus.REVOKED))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> credentials.changeStatus(mine.id(), CredentialStatus.SUSPENDED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> credentials.of(data.personId(leader))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        // The tier the credential names, for a verifier that follows its achievement's id.
        assertThat(get("/credentials/tiers/1")).contains("Trained Leader", "criteria");

        // The public page, signed out: valid, then suspended, then revoked — and the list says so.
        assertThat(credentials.publicView(mine.id()).orElseThrow().status()).isEqualTo(CredentialStatus.ACTIVE);
        int index = index(payload);
        assertThat(revoked(index)).isFalse();
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> credentials.changeStatus(mine.id(), CredentialStatus.REVOKED))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.ADMIN);
        credentials.changeStatus(mine.id(), CredentialStatus.SUSPENDED);
        assertThat(credentials.publicView(mine.id()).orElseThrow().status()).isEqualTo(CredentialStatus.SUSPENDED);
        credentials.changeStatus(mine.id(), CredentialStatus.REVOKED);
        SignIn.out();
        var page = credentials.publicView(mine.id()).orElseThrow();
        assertThat(page.status()).isEqualTo(CredentialStatus.REVOKED);
        assertThat(page.tierEn()).isEqualTo("Trained Leader");
        assertThat(revoked(index)).isTrue();
        assertThat(credentials.publicView(UUID.randomUUID())).isEmpty();
    }

    @Test
    void erasureRevokesTheCredentialAndKeepsNothingThatIdentifiesThePerson() throws Exception {
        String leader = data.personWithLogin("TELCO", "TRAINEE");
        long person = data.personId(leader);
        fixtures.holds(leader, 2);
        // As the backfill does for a tier held without its credential; and only once.
        assertThat(issued(person, 2)).isTrue();
        assertThat(issued(person, 2)).isFalse();
        // Not for a tier the person does not hold (a late event, an old list).
        assertThat(issued(person, 3)).isFalse();
        signIn.as(leader);
        var credential = credentials.mine().getFirst();
        assertThat(credential.tierRank()).isEqualTo(2);
        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains(credential.id().toString());

        signIn.as(DemoLogins.ADMIN);
        privacy.erase(person, "Test TRAINEE");
        SignIn.out();
        assertThat(credentials.publicView(credential.id()).orElseThrow().status())
                .isEqualTo(CredentialStatus.REVOKED);
        assertThat(jdbc.sql("select count(*) from credential where id = :id and person_id is null and jwt is null")
                        .param("id", credential.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRotatedKeyLeavesEarlierCredentialsVerifiable() throws Exception {
        var before = new CredentialKeys(
                jdbc, clock, address, new RSAKeyGenerator(2048).generate().toJSONString());
        String signed = new CredentialIssuer(before, address, "Test alliance")
                .sign(
                        UUID.randomUUID(),
                        "someone@example.org",
                        new CredentialIssuer.Tier(
                                1, "Trained Leader", "Arweinydd Hyfforddedig", "Trained.", "Hyfforddedig."),
                        clock.instant(),
                        1);
        // The key in use now is another; the earlier one is still published, and still verifies.
        new CredentialKeys(
                jdbc, clock, address, new RSAKeyGenerator(2048).generate().toJSONString());
        assertThat(verifier().processToClaims(signed).getJwtId()).contains("/credentials/");
        assertThatThrownBy(() -> new CredentialKeys(jdbc, clock, address, "{\"kty\":\"oct\",\"k\":\"AAAA\"}"))
                .isInstanceOf(IllegalStateException.class);
    }

    private boolean issued(long person, int rank) {
        return Boolean.TRUE.equals(transaction.execute(status -> grants.issue(person, rank)));
    }

    private org.jose4j.jwt.consumer.JwtConsumer verifier() throws Exception {
        var keys = new JsonWebKeySet(get("/.well-known/jwks.json"));
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setExpectedIssuer("http://localhost:8080/credentials/issuer")
                .setRequireNotBefore()
                .setRequireSubject()
                .setRequireJwtId()
                .setJwsAlgorithmConstraints(
                        org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                        org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /** The credential's bit in the revocation list, read as a verifier would. */
    private boolean revoked(int index) throws Exception {
        var list = verifierOfAnyIssue().processToClaims(get("/credentials/status/revocation"));
        @SuppressWarnings("unchecked")
        var subject = (Map<String, Object>) list.getClaimValue("credentialSubject");
        String encoded = (String) subject.get("encodedList");
        assertThat(encoded).startsWith("u");
        byte[] bits;
        try (var in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = in.readAllBytes();
        }
        assertThat(bits.length * 8).isGreaterThanOrEqualTo(131_072);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private org.jose4j.jwt.consumer.JwtConsumer verifierOfAnyIssue() throws Exception {
        return verifier();
    }

    private static int index(String payload) {
        var matcher = java.util.regex.Pattern.compile("\"statusListIndex\":\"(\\d+)\"")
                .matcher(payload);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String get(String path) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
