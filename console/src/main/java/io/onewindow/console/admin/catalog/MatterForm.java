package io.onewindow.console.admin.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matter version as the catalog admin edits it: the fields of the catalog's draft request
 * ({@code MatterRequest}), the materials and the steps as rows. Blank rows are left out of the
 * request; service points are written one per line (or separated by commas).
 */
public class MatterForm {

    private String code;
    private String name;
    private String department;
    private String matterType;
    private String caseType = "PROMISED";
    private List<String> subjects = new ArrayList<>();
    private String legalBasis;
    private String conditions;
    private Integer statutoryLimitWorkingDays;
    private Integer promisedLimitWorkingDays;
    private BigDecimal fee;
    private String feeBasis;
    private boolean fullyOnline;
    private boolean windowMayDecide;
    private String licenseTypeCode;
    private String servicePoints;
    private List<MaterialRow> materials = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();

    /** One material of the list (材料清单). */
    public static class MaterialRow {
        private String code;
        private String name;
        private boolean required;
        private String form = "ORIGINAL";
        private String condition;
        private String replacedByLicenseType;

        boolean blank() {
            return isBlank(code) && isBlank(name);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", trim(code));
            body.put("name", trim(name));
            body.put("required", required);
            body.put("form", trim(form));
            putText(body, "condition", condition);
            putText(body, "replacedByLicenseType", replacedByLicenseType);
            return body;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getForm() {
            return form;
        }

        public void setForm(String form) {
            this.form = form;
        }

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition;
        }

        public String getReplacedByLicenseType() {
            return replacedByLicenseType;
        }

        public void setReplacedByLicenseType(String replacedByLicenseType) {
            this.replacedByLicenseType = replacedByLicenseType;
        }
    }

    /** One review step (办理环节). */
    public static class StepRow {
        private String code;
        private String name;
        private String role;
        private Integer limitWorkingDays;

        boolean blank() {
            return isBlank(code) && isBlank(name) && isBlank(role) && limitWorkingDays == null;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", trim(code));
            body.put("name", trim(name));
            body.put("role", trim(role));
            if (limitWorkingDays != null) {
                body.put("limitWorkingDays", limitWorkingDays);
            }
            return body;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public Integer getLimitWorkingDays() {
            return limitWorkingDays;
        }

        public void setLimitWorkingDays(Integer limitWorkingDays) {
            this.limitWorkingDays = limitWorkingDays;
        }
    }

    /** The form filled from a version's {@code definition} (the catalog's answer), to draft the next one. */
    @SuppressWarnings("unchecked")
    public static MatterForm of(Map<String, Object> definition) {
        MatterForm form = new MatterForm();
        form.code = text(definition.get("code"));
        form.name = text(definition.get("name"));
        form.department = text(definition.get("department"));
        form.matterType = text(definition.get("matterType"));
        form.caseType = text(definition.get("caseType"));
        if (definition.get("subjects") instanceof List<?> subjects) {
            subjects.forEach(s -> form.subjects.add(String.valueOf(s)));
        }
        form.legalBasis = text(definition.get("legalBasis"));
        form.conditions = text(definition.get("conditions"));
        form.statutoryLimitWorkingDays = number(definition.get("statutoryLimitWorkingDays"));
        form.promisedLimitWorkingDays = number(definition.get("promisedLimitWorkingDays"));
        form.fee = definition.get("fee") == null
                ? null
                : new BigDecimal(definition.get("fee").toString());
        form.feeBasis = text(definition.get("feeBasis"));
        form.fullyOnline = Boolean.TRUE.equals(definition.get("fullyOnline"));
        form.windowMayDecide = Boolean.TRUE.equals(definition.get("windowMayDecide"));
        form.licenseTypeCode = text(definition.get("licenseTypeCode"));
        if (definition.get("servicePoints") instanceof List<?> points) {
            form.servicePoints =
                    String.join("\n", points.stream().map(String::valueOf).toList());
        }
        if (definition.get("materials") instanceof List<?> materials) {
            for (Object m : materials) {
                Map<String, Object> material = (Map<String, Object>) m;
                MaterialRow row = new MaterialRow();
                row.code = text(material.get("code"));
                row.name = text(material.get("name"));
                row.required = Boolean.TRUE.equals(material.get("required"));
                row.form = text(material.get("form"));
                row.condition = text(material.get("condition"));
                row.replacedByLicenseType = text(material.get("replacedByLicenseType"));
                form.materials.add(row);
            }
        }
        if (definition.get("steps") instanceof List<?> steps) {
            for (Object s : steps) {
                Map<String, Object> step = (Map<String, Object>) s;
                StepRow row = new StepRow();
                row.code = text(step.get("code"));
                row.name = text(step.get("name"));
                row.role = text(step.get("role"));
                row.limitWorkingDays = number(step.get("limitWorkingDays"));
                form.steps.add(row);
            }
        }
        return form;
    }

    /** Adds blank rows so the page always offers at least one empty row of each list to fill. */
    public MatterForm withBlankRows(int extraMaterials, int extraSteps) {
        if (materials.isEmpty() || !materials.get(materials.size() - 1).blank()) {
            materials.add(new MaterialRow());
        }
        for (int i = 0; i < extraMaterials; i++) {
            materials.add(new MaterialRow());
        }
        if (steps.isEmpty() || !steps.get(steps.size() - 1).blank()) {
            steps.add(new StepRow());
        }
        for (int i = 0; i < extraSteps; i++) {
            steps.add(new StepRow());
        }
        return this;
    }

    /** The catalog's draft (and revision) request body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", trim(code));
        body.put("name", trim(name));
        body.put("department", trim(department));
        body.put("matterType", trim(matterType));
        body.put("caseType", trim(caseType));
        body.put("subjects", List.copyOf(subjects));
        body.put("legalBasis", trim(legalBasis));
        putText(body, "conditions", conditions);
        if (statutoryLimitWorkingDays != null) {
            body.put("statutoryLimitWorkingDays", statutoryLimitWorkingDays);
        }
        if (promisedLimitWorkingDays != null) {
            body.put("promisedLimitWorkingDays", promisedLimitWorkingDays);
        }
        if (fee != null) {
            body.put("fee", fee);
        }
        putText(body, "feeBasis", feeBasis);
        body.put("fullyOnline", fullyOnline);
        body.put("windowMayDecide", windowMayDecide);
        putText(body, "licenseTypeCode", licenseTypeCode);
        body.put(
                "servicePoints",
                servicePoints == null
                        ? List.of()
                        : Arrays.stream(servicePoints.split("[\\s,，]+"))
                                .filter(s -> !s.isBlank())
                                .toList());
        body.put(
                "materials",
                materials.stream()
                        .filter(m -> !m.blank())
                        .map(MaterialRow::body)
                        .toList());
        body.put(
                "steps",
                steps.stream().filter(s -> !s.blank()).map(StepRow::body).toList());
        return body;
    }

    private static void putText(Map<String, Object> body, String field, String value) {
        if (!isBlank(value)) {
            body.put(field, value.strip());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getMatterType() {
        return matterType;
    }

    public void setMatterType(String matterType) {
        this.matterType = matterType;
    }

    public String getCaseType() {
        return caseType;
    }

    public void setCaseType(String caseType) {
        this.caseType = caseType;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects == null ? new ArrayList<>() : subjects;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public Integer getStatutoryLimitWorkingDays() {
        return statutoryLimitWorkingDays;
    }

    public void setStatutoryLimitWorkingDays(Integer statutoryLimitWorkingDays) {
        this.statutoryLimitWorkingDays = statutoryLimitWorkingDays;
    }

    public Integer getPromisedLimitWorkingDays() {
        return promisedLimitWorkingDays;
    }

    public void setPromisedLimitWorkingDays(Integer promisedLimitWorkingDays) {
        this.promisedLimitWorkingDays = promisedLimitWorkingDays;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public String getFeeBasis() {
        return feeBasis;
    }

    public void setFeeBasis(String feeBasis) {
        this.feeBasis = feeBasis;
    }

    public boolean isFullyOnline() {
        return fullyOnline;
    }

    public void setFullyOnline(boolean fullyOnline) {
        this.fullyOnline = fullyOnline;
    }

    public boolean isWindowMayDecide() {
        return windowMayDecide;
    }

    public void setWindowMayDecide(boolean windowMayDecide) {
        this.windowMayDecide = windowMayDecide;
    }

    public String getLicenseTypeCode() {
        return licenseTypeCode;
    }

    public void setLicenseTypeCode(String licenseTypeCode) {
        this.licenseTypeCode = licenseTypeCode;
    }

    public String getServicePoints() {
        return servicePoints;
    }

    public void setServicePoints(String servicePoints) {
        this.servicePoints = servicePoints;
    }

    public List<MaterialRow> getMaterials() {
        return materials;
    }

    public void setMaterials(List<MaterialRow> materials) {
        this.materials = materials == null ? new ArrayList<>() : materials;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }
}
