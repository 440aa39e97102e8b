package org.communityorganising.pathways.chapter;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InstitutionRepository extends Repository<Institution, Long> {

    @Query("""
            select new org.communityorganising.pathways.chapter.InstitutionListItem(
                i.id, i.name, i.kind, c.id, c.name)
            from Institution i join i.chapter c
            where i.active
              and (:chapterId is null or c.id = :chapterId)
              and lower(i.name) like :namePattern escape '\\'
            order by c.name, i.name""")
    Slice<InstitutionListItem> findListItems(@Nullable Long chapterId, String namePattern, Pageable pageable);

    java.util.Optional<Institution> findById(long id);

    Institution save(Institution institution);

    @Query("""
            select count(i) > 0 from Institution i
            where i.chapter.id = :chapterId and lower(i.name) = lower(:name) and i.id <> :exceptId""")
    boolean nameTaken(long chapterId, String name, long exceptId);

    @Query("""
            select new org.communityorganising.pathways.chapter.InstitutionOption(i.id, i.name)
            from Institution i where i.chapter.id = :chapterId and i.active order by i.name""")
    java.util.List<InstitutionOption> findOptions(long chapterId);
}
