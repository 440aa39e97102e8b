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
}
