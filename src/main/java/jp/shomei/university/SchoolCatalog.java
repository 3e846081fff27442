package jp.shomei.university;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The universities with what their forms offer, and the rules that tie a selection together. */
@Service
@Transactional(readOnly = true)
public class SchoolCatalog {

    private final UniversityRepository universities;
    private final DepartmentRepository departments;
    private final SubjectRepository subjects;
    private final DegreeProgramRepository degreePrograms;
    private final IdentityDocumentTypeRepository documentTypes;

    SchoolCatalog(UniversityRepository universities, DepartmentRepository departments, SubjectRepository subjects,
            DegreeProgramRepository degreePrograms, IdentityDocumentTypeRepository documentTypes) {
        this.universities = universities;
        this.departments = departments;
        this.subjects = subjects;
        this.degreePrograms = degreePrograms;
        this.documentTypes = documentTypes;
    }

    public List<University> universities() {
        return universities.findAll();
    }

    public List<Department> departments() {
        return departments.findAllByOrderByUniversityIdAscSortOrderAsc();
    }

    public List<Subject> subjects() {
        return subjects.findAllByOrderByDepartmentIdAscSortOrderAsc();
    }

    public List<DegreeProgram> degreePrograms() {
        return degreePrograms.findAllByOrderByUniversityIdAscSortOrderAsc();
    }

    public List<IdentityDocumentType> documentTypes() {
        return documentTypes.findByEnabledTrueOrderByUniversityIdAscSortOrderAsc();
    }

    public Optional<University> university(Long id) {
        return id == null ? Optional.empty() : universities.findById(id);
    }

    public Optional<Department> department(Long id) {
        return id == null ? Optional.empty() : departments.findById(id);
    }

    public Optional<Subject> subject(Long id) {
        return id == null ? Optional.empty() : subjects.findById(id);
    }

    public Optional<DegreeProgram> degreeProgram(Long id) {
        return id == null ? Optional.empty() : degreePrograms.findById(id);
    }

    public Optional<IdentityDocumentType> documentType(Long id) {
        return id == null ? Optional.empty() : documentTypes.findById(id);
    }

    public boolean departmentBelongs(Long departmentId, Long universityId) {
        return department(departmentId).map(d -> d.getUniversityId().equals(universityId)).orElse(false);
    }

    public boolean subjectBelongs(Long subjectId, Long departmentId) {
        return subject(subjectId).map(s -> s.getDepartmentId().equals(departmentId)).orElse(false);
    }

    public boolean degreeProgramBelongs(Long degreeProgramId, Long universityId) {
        return degreeProgram(degreeProgramId).map(p -> p.getUniversityId().equals(universityId)).orElse(false);
    }

    public boolean documentTypeOffered(Long documentTypeId, Long universityId) {
        return documentType(documentTypeId)
                .map(t -> t.isEnabled() && t.getUniversityId().equals(universityId))
                .orElse(false);
    }
}
