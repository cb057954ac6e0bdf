package io.onewindow.approval.cases;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface CaseRepository extends MongoRepository<CaseDocument, String> {

    List<CaseDocument> findByStateAndArt32DeadlineBefore(String state, LocalDate day, Pageable page);

    List<CaseDocument> findByDepartment(String department, Pageable page);

    List<CaseDocument> findByFiledByOrApplicantCodeIn(String filedBy, List<String> applicantCodes, Pageable page);

    List<CaseDocument> findAllBy(Pageable page);

    List<CaseDocument> findByStateInAndIdGreaterThan(List<String> states, String afterId, Pageable page);
}
