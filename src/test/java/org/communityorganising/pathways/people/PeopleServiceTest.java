package org.communityorganising.pathways.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MailLinks;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PeopleServiceTest {

    @Autowired
    PeopleService people;

    @Autowired
    AccountLinks links;

    @Autowired
    EmbeddedMailServer mail;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private PersonForm newTrainee(String email) {
        return new PersonForm(
                "Zainab Ali", email, "07700 900999", data.chapterId("TELCO"), null, Set.of(AppRoles.TRAINEE), 0);
    }

    @Test
    void searchingPeopleRunsThreeStatementsWhateverThePageSizeAmongTwentyThousand() {
        jdbc.sql("""
                        insert into person (full_name, email, chapter_id)
                        select 'Bulk Person ' || n, 'bulk' || n || '@example.org', (select id from chapter where name = 'TELCO')
                        from generate_series(1, 20000) as n""").update();
        jdbc.sql(
                        "insert into person_role (person_id, role) select id, 'TRAINEE' from person where email like 'bulk%@example.org'")
                .update();
        try {
            signIn.as(DemoLogins.ADMIN);
            for (int pageSize : new int[] {10, 50, 200}) {
                var statements = StatementCounter.sqlOf(() -> {
                    var page = people.find(PeopleFilter.text("bulk person 1"), PageRequest.of(0, pageSize));
                    assertThat(page.getContent())
                            .hasSize(pageSize)
                            .allSatisfy(item -> assertThat(item.roles()).containsExactly(AppRoles.TRAINEE));
                });
                // The people, their roles, and their accounts (invitation and password) together.
                assertThat(statements)
                        .as("statements for a page of %d", pageSize)
                        .hasSize(3);
            }
        } finally {
            jdbc.sql("delete from person where email like 'bulk%@example.org'").update();
        }
    }

    @Test
    void aChapterLeadSearchesOnlyTheirOwnChapter() {
        String welsh = data.trainees("Citizens Cymru Wales", 1).getFirst();
        var lead = signIn.as(DemoLogins.LEAD);
        assertThat(people.find(PeopleFilter.text(""), PageRequest.of(0, 500)))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.chapterId()).isEqualTo(lead.chapterId()));
        assertThat(people.find(PeopleFilter.text(welsh), PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> people.find(
                        new PeopleFilter("", data.chapterId("Citizens Cymru Wales"), null, false),
                        PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChapterLeadCreatesATraineeInTheirChapterAndTheRoleChangeIsAudited() {
        String email = "zainab-" + System.nanoTime() + "@example.org";
        signIn.as(DemoLogins.LEAD);
        long id = people.create(newTrainee(email));
        var loaded = people.load(id);
        people.update(
                id,
                new PersonForm(
                        loaded.fullName(),
                        loaded.email(),
                        loaded.phone(),
                        loaded.chapterId(),
                        loaded.institutionId(),
                        Set.of(AppRoles.TRAINEE, AppRoles.TRAINER),
                        loaded.version()));

        assertThat(people.load(id).roles()).containsExactlyInAnyOrder(AppRoles.TRAINEE, AppRoles.TRAINER);
        assertThat(jdbc.sql(
                                "select action || ':' || details from audit_event where subject_type = 'person' and subject_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("PERSON_CREATED:roles=[TRAINEE]", "ROLES_CHANGED:[TRAINEE] -> [TRAINEE, TRAINER]");
    }

    @Test
    void aChapterLeadCannotMakeAnAdministratorNorTouchAnotherChapter() {
        signIn.as(DemoLogins.LEAD);
        var admin = new PersonForm(
                "X",
                "x-" + System.nanoTime() + "@example.org",
                null,
                data.chapterId("TELCO"),
                null,
                Set.of(AppRoles.ADMIN),
                0);
        assertThatThrownBy(() -> people.create(admin)).isInstanceOf(AccessDeniedException.class);
        var elsewhere = new PersonForm(
                "X",
                "y-" + System.nanoTime() + "@example.org",
                null,
                data.chapterId("Citizens Cymru Wales"),
                null,
                Set.of(AppRoles.TRAINEE),
                0);
        assertThatThrownBy(() -> people.create(elsewhere)).isInstanceOf(AccessDeniedException.class);
        long welsh = data.personId(data.trainees("Citizens Cymru Wales", 1).getFirst());
        assertThatThrownBy(() -> people.load(welsh)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerCanSearchButNotManagePeople() {
        signIn.as(DemoLogins.TRAINER);
        assertThat(people.find(PeopleFilter.text("Sam"), PageRequest.of(0, 10))).isNotEmpty();
        assertThatThrownBy(() -> people.create(newTrainee("t-" + System.nanoTime() + "@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> people.find(PeopleFilter.text(""), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputGetsAHumanReasonAndADuplicateEmailIsRefusedWhateverItsCase() {
        signIn.as(DemoLogins.ADMIN);
        assertThatThrownBy(() -> people.create(newTrainee("not an email")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.error.email"));
        assertThatThrownBy(() -> people.create(newTrainee("TRAINEE@demo.pathways")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.error.email-taken"));
        var noChapter = new PersonForm(
                "X", "nc-" + System.nanoTime() + "@example.org", null, null, null, Set.of(AppRoles.TRAINEE), 0);
        assertThatThrownBy(() -> people.create(noChapter))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.error.chapter-required"));
    }

    @Test
    void theListSaysWhereEachPersonsInvitationStandsAndWhetherTheyHaveAPassword() {
        signIn.as(DemoLogins.ADMIN);
        String invited = "listed-" + System.nanoTime() + "@example.org";
        long invitedId = people.create(newTrainee(invited), true);
        String notInvited = "quiet-" + System.nanoTime() + "@example.org";
        long notInvitedId = people.create(newTrainee(notInvited), false);
        String revoked = "revoked-" + System.nanoTime() + "@example.org";
        long revokedId = people.create(newTrainee(revoked), true);
        people.revokeInvitation(revokedId);

        var pending = listed(invited);
        assertThat(pending.invitation()).isNotNull();
        assertThat(pending.invitation().status()).isEqualTo(AccountLinks.InvitationStatus.PENDING);
        assertThat(pending.hasPassword()).isFalse();
        assertThat(listed(notInvited).invitation()).isNull();
        assertThat(listed(notInvited).hasPassword()).isFalse();
        assertThat(listed(revoked).invitation())
                .as("a link revoked unused is as if never sent")
                .isNull();
        // The demo trainee chose a password long ago, by no link the list knows of.
        assertThat(listed(DemoLogins.TRAINEE).hasPassword()).isTrue();

        SignIn.out();
        String token = MailLinks.openedTokenIn(MailLinks.mailTo(mail, invited, "You are invited to Pathways"), links);
        assertThat(links.choosePassword(token, "three blue herons at dawn")).isEqualTo(invitedId);
        signIn.as(DemoLogins.ADMIN);
        var accepted = listed(invited);
        assertThat(accepted.invitation()).isNotNull();
        assertThat(accepted.invitation().status()).isEqualTo(AccountLinks.InvitationStatus.ACCEPTED);
        assertThat(accepted.hasPassword()).isTrue();
        // Links killed after use (a deactivation, a new address) leave it accepted.
        people.revokeInvitation(invitedId);
        assertThat(listed(invited).invitation().status()).isEqualTo(AccountLinks.InvitationStatus.ACCEPTED);
        // Invited again after a revocation, or at last: the new invitation is the one shown.
        people.invite(revokedId);
        assertThat(listed(revoked).invitation().status()).isEqualTo(AccountLinks.InvitationStatus.PENDING);
        people.invite(notInvitedId);
        assertThat(listed(notInvited).invitation().status()).isEqualTo(AccountLinks.InvitationStatus.PENDING);
    }

    private PersonListItem listed(String email) {
        return people.find(PeopleFilter.text(email), PageRequest.of(0, 5)).getContent().stream()
                .filter(item -> item.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewPersonIsInvitedAndChoosesTheirOwnPasswordNobodyElseSetsOne() {
        String email = "first-" + System.nanoTime() + "@example.org";
        signIn.as(DemoLogins.ADMIN);
        long id = people.create(newTrainee(email), true);
        SignIn.out();
        var invitation = MailLinks.mailTo(mail, email, "You are invited to Pathways");
        assertThat(invitation.text()).contains("Choose your password").contains("14 days");
        String token = MailLinks.openedTokenIn(invitation, links);
        assertThat(links.open(token)).isPresent();

        assertThatThrownBy(() -> links.choosePassword(token, "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.too-short"));
        assertThatThrownBy(() -> links.choosePassword(token, "1Q2W3E4R5T6Y"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.common"));
        assertThatThrownBy(() -> links.choosePassword(token, "newcomer " + email))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.error.email"));
        assertThat(links.choosePassword(token, "three blue herons at dawn")).isEqualTo(id);
        assertThat(signIn.as(email).personId()).isEqualTo(id);
        SignIn.out();
        assertThatThrownBy(() -> links.choosePassword(token, "another good passphrase"))
                .as("a link works once")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("link.error.closed"));
        assertThat(MailLinks.mailTo(mail, email, "Your Pathways account is ready")
                        .text())
                .contains("If this was not you");
        assertThat(jdbc.sql(
                                "select action from audit_event where subject_type = 'person' and subject_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .contains("PERSON_CREATED", "INVITATION_SENT", "INVITATION_ACCEPTED");
    }

    @Test
    void twoPeopleEditingTheSamePersonCannotOverwriteEachOther() {
        signIn.as(DemoLogins.ADMIN);
        long id = people.create(newTrainee("edit-" + System.nanoTime() + "@example.org"));
        var opened = people.load(id);
        people.update(
                id,
                new PersonForm(
                        "First edit",
                        opened.email(),
                        opened.phone(),
                        opened.chapterId(),
                        null,
                        opened.roles(),
                        opened.version()));
        assertThatThrownBy(() -> people.update(
                        id,
                        new PersonForm(
                                "Second edit",
                                opened.email(),
                                opened.phone(),
                                opened.chapterId(),
                                null,
                                opened.roles(),
                                opened.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(people.load(id).fullName()).isEqualTo("First edit");
    }

    @Test
    void aChapterLeadCannotTakeOverAnAdministratorAnotherLeadOrTheirOwnAccount() {
        long adminInTelco = data.personId(data.personWithLogin("TELCO", AppRoles.ADMIN));
        long otherLead = data.personId(data.personWithLogin("TELCO", AppRoles.CHAPTER_LEAD));
        var me = signIn.as(DemoLogins.LEAD);
        for (long target : new long[] {adminInTelco, otherLead, me.personId()}) {
            signIn.as(DemoLogins.ADMIN);
            var form = people.load(target);
            signIn.as(DemoLogins.LEAD);
            var takeOver = new PersonForm(
                    form.fullName(),
                    "taken-" + System.nanoTime() + "@example.org",
                    form.phone(),
                    form.chapterId(),
                    form.institutionId(),
                    form.roles(),
                    form.version());
            assertThatThrownBy(() -> people.load(target))
                    .as("load %d", target)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.update(target, takeOver))
                    .as("e-mail of %d", target)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.invite(target))
                    .as("invitation of %d", target)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.copyInvitationLink(target))
                    .as("invitation link of %d", target)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> people.setActive(target, false, form.version()))
                    .as("deactivate %d", target)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("select count(*) from person where email like 'taken-%'")
                        .query(Long.class)
                        .single())
                .isZero();
        var rows =
                people.find(PeopleFilter.text("Test "), PageRequest.of(0, 200)).getContent();
        assertThat(rows)
                .filteredOn(row -> row.id() == adminInTelco || row.id() == otherLead)
                .hasSize(2)
                .allSatisfy(row ->
                        assertThat(row.manageable()).as("offered for editing").isFalse());
    }

    @Test
    void aChapterLeadStillManagesTheTrainersAndTraineesOfTheirChapter() {
        long trainer = data.personId(data.personWithLogin("TELCO", AppRoles.TRAINER));
        signIn.as(DemoLogins.LEAD);
        var form = people.load(trainer);
        people.update(
                trainer,
                new PersonForm(
                        "Renamed Trainer",
                        form.email(),
                        form.phone(),
                        form.chapterId(),
                        null,
                        form.roles(),
                        form.version()));
        assertThat(people.load(trainer).fullName()).isEqualTo("Renamed Trainer");
        assertThatThrownBy(() -> people.copyInvitationLink(trainer))
                .as("an invitation would replace the password they chose")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.has-password"));
    }

    @Test
    void namesWithControlOrBidirectionalCharactersOrOnlyInvisibleOnesAreRefusedWithAReason() {
        signIn.as(DemoLogins.ADMIN);
        for (String hostile : new String[] {"Zainab\u0000Ali", "Zainab\tAli", "\u202Eila banyaZ", "Zainab\u2066Ali"}) {
            var form = new PersonForm(
                    hostile,
                    "h-" + System.nanoTime() + "@example.org",
                    null,
                    data.chapterId("TELCO"),
                    null,
                    Set.of(AppRoles.TRAINEE),
                    0);
            assertThatThrownBy(() -> people.create(form))
                    .as(hostile)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("input.error.invisible-characters"));
        }
        for (String invisible : new String[] {"\u200B\u200B", "\u00A0 \u3000", "\u2800"}) {
            var form = new PersonForm(
                    invisible,
                    "i-" + System.nanoTime() + "@example.org",
                    null,
                    data.chapterId("TELCO"),
                    null,
                    Set.of(AppRoles.TRAINEE),
                    0);
            assertThatThrownBy(() -> people.create(form))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("people.error.name"));
        }
        assertThat(people.find(PeopleFilter.text("Sam\u0000"), PageRequest.of(0, 10))
                        .getContent())
                .as("a search with a NUL is just a search")
                .isNotEmpty();
    }
}
