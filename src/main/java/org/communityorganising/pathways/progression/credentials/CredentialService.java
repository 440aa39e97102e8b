package org.communityorganising.pathways.progression.credentials;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.mail.PublicAddress;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's credentials and what anyone may read about one. A person sees and downloads their
 * own; an administrator suspends, reinstates or revokes one; the public page reads the status of
 * any by its id (a random UUID) and learns nothing about the person.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CredentialService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final CredentialIssuer issuer;
    private final CredentialStatuses statuses;
    private final CertificatePdf certificates;
    private final PublicAddress address;

    CredentialService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            CredentialIssuer issuer,
            CredentialStatuses statuses,
            CertificatePdf certificates,
            PublicAddress address) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.issuer = issuer;
        this.statuses = statuses;
        this.certificates = certificates;
        this.address = address;
    }

    /** The signed-in person's credentials, newest first. */
    @Transactional(readOnly = true)
    public List<MyCredential> mine() {
        return credentialsOf(currentUser.require().personId());
    }

    /**
     * One of the person's own credentials as its signed VC-JWT; another person's reads like one
     * that does not exist.
     */
    @Transactional(readOnly = true)
    public String download(UUID id) {
        return jdbc.sql("select jwt from credential where id = :id and person_id = :person and jwt is not null")
                .param("id", id)
                .param("person", currentUser.require().personId())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("credentials.error.none"));
    }

    /**
     * The printable certificate of one of the person's own valid credentials, in English and
     * Welsh; another person's, or one suspended or revoked, reads like one that does not exist.
     */
    @Transactional(readOnly = true)
    public byte[] certificate(UUID id) {
        var content = jdbc.sql("""
                        select p.full_name, c.tier_name_en, c.tier_name_cy, c.issued_at
                        from credential c join v_person p on p.id = c.person_id
                        where c.id = :id and c.person_id = :person and c.status = 'ACTIVE'""")
                .param("id", id)
                .param("person", currentUser.require().personId())
                .query((rs, row) -> new CertificatePdf.Content(
                        rs.getString("full_name"),
                        rs.getString("tier_name_en"),
                        rs.getString("tier_name_cy"),
                        issuer.issuerName(),
                        rs.getTimestamp("issued_at").toInstant(),
                        address.of("/credentials/" + id)))
                .optional()
                .orElseThrow(() -> new InvalidInputException("credentials.error.none"));
        return certificates.render(content);
    }

    /** What the public page shows: anyone, signed in or not. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicCredential> publicView(UUID id) {
        return jdbc.sql("select id, status, tier_name_en, tier_name_cy, issued_at from credential where id = :id")
                .param("id", id)
                .query((rs, row) -> new PublicCredential(
                        rs.getObject("id", UUID.class),
                        CredentialStatus.valueOf(rs.getString("status")),
                        issuer.issuerName(),
                        rs.getString("tier_name_en"),
                        rs.getString("tier_name_cy"),
                        rs.getTimestamp("issued_at").toInstant()))
                .optional();
    }

    /** A person's credentials, for an administrator. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<MyCredential> of(long personId) {
        return credentialsOf(personId);
    }

    private List<MyCredential> credentialsOf(long personId) {
        return jdbc.sql("""
                        select id, tier_rank, tier_name_en, tier_name_cy, issued_at, status from credential
                        where person_id = :person order by issued_at desc, tier_rank desc""")
                .param("person", personId)
                .query((rs, row) -> new MyCredential(
                        rs.getObject("id", UUID.class),
                        rs.getInt("tier_rank"),
                        rs.getString("tier_name_en"),
                        rs.getString("tier_name_cy"),
                        rs.getTimestamp("issued_at").toInstant(),
                        CredentialStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** Suspends (reversible), reinstates or revokes (for good) a credential; nothing is deleted. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void changeStatus(UUID id, CredentialStatus status) {
        var person = jdbc.sql("select person_id from credential where id = :id and status <> 'REVOKED'")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("credentials.error.none"));
        statuses.set(id, person, status, "ADMINISTRATOR");
    }
}
