package io.onewindow.console.admin.points;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service point's particulars and windows as the platform admin edits them (the registry's create
 * and change requests); windows as rows, rows without number and name left out. The opening hours
 * are sent only on creation (afterwards they have their own form).
 */
public class PointForm {

    private String id;
    private String name;
    private Integer tier;
    private String parentId;
    private String address;
    private Double latitude;
    private Double longitude;
    private String parking;
    private String transport;
    private Integer selfServiceTerminals;
    private boolean twentyFourHourZone;
    private HoursForm hours = new HoursForm();
    private List<WindowRow> windows = new ArrayList<>();

    /** One window of the point. */
    public static class WindowRow {
        private String number;
        private String name;
        private boolean comprehensive;
        private boolean delivery;
        private String department;

        boolean blank() {
            return (number == null || number.isBlank()) && (name == null || name.isBlank());
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", strip(number));
            body.put("name", strip(name));
            body.put("comprehensive", comprehensive);
            body.put("delivery", delivery);
            if (department != null && !department.isBlank()) {
                body.put("department", department.strip());
            }
            return body;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isComprehensive() {
            return comprehensive;
        }

        public void setComprehensive(boolean comprehensive) {
            this.comprehensive = comprehensive;
        }

        public boolean isDelivery() {
            return delivery;
        }

        public void setDelivery(boolean delivery) {
            this.delivery = delivery;
        }

        public String getDepartment() {
            return department;
        }

        public void setDepartment(String department) {
            this.department = department;
        }
    }

    /** The form filled from the registry's view of a point. */
    @SuppressWarnings("unchecked")
    public static PointForm of(Map<String, Object> point) {
        PointForm form = new PointForm();
        form.id = text(point.get("id"));
        form.name = text(point.get("name"));
        form.tier = point.get("tier") instanceof Number n ? n.intValue() : null;
        form.parentId = text(point.get("parentId"));
        form.address = text(point.get("address"));
        form.latitude = point.get("latitude") instanceof Number n ? n.doubleValue() : null;
        form.longitude = point.get("longitude") instanceof Number n ? n.doubleValue() : null;
        if (point.get("visitorInformation") instanceof Map<?, ?> visitor) {
            form.parking = text(visitor.get("parking"));
            form.transport = text(visitor.get("transport"));
            form.selfServiceTerminals = visitor.get("selfServiceTerminals") instanceof Number n ? n.intValue() : null;
            form.twentyFourHourZone = Boolean.TRUE.equals(visitor.get("twentyFourHourZone"));
        }
        if (point.get("openingHours") instanceof Map<?, ?> hours) {
            form.hours = HoursForm.of((Map<String, Object>) hours);
        }
        if (point.get("windows") instanceof List<?> windows) {
            for (Object w : windows) {
                Map<String, Object> window = (Map<String, Object>) w;
                WindowRow row = new WindowRow();
                row.number = text(window.get("number"));
                row.name = text(window.get("name"));
                row.comprehensive = Boolean.TRUE.equals(window.get("comprehensive"));
                row.delivery = Boolean.TRUE.equals(window.get("delivery"));
                row.department = text(window.get("department"));
                form.windows.add(row);
            }
        }
        return form;
    }

    /** Adds {@code extra} blank window rows (at least one blank row is always offered). */
    public PointForm withBlankWindows(int extra) {
        if (windows.isEmpty() || !windows.get(windows.size() - 1).blank()) {
            windows.add(new WindowRow());
        }
        for (int i = 0; i < extra; i++) {
            windows.add(new WindowRow());
        }
        return this;
    }

    /** The registry's create request: the particulars, the windows and the opening hours. */
    public Map<String, Object> createBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", strip(id));
        body.putAll(changeBody());
        body.put("openingHours", hours.hours());
        return body;
    }

    /** The registry's change request: the particulars and the windows. */
    public Map<String, Object> changeBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", strip(name));
        body.put("tier", tier);
        if (parentId != null && !parentId.isBlank()) {
            body.put("parentId", parentId.strip());
        }
        body.put("address", strip(address));
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        body.put(
                "windows",
                windows.stream().filter(w -> !w.blank()).map(WindowRow::body).toList());
        Map<String, Object> visitor = new LinkedHashMap<>();
        if (parking != null && !parking.isBlank()) {
            visitor.put("parking", parking.strip());
        }
        if (transport != null && !transport.isBlank()) {
            visitor.put("transport", transport.strip());
        }
        visitor.put("selfServiceTerminals", selfServiceTerminals == null ? 0 : selfServiceTerminals);
        visitor.put("twentyFourHourZone", twentyFourHourZone);
        body.put("visitorInformation", visitor);
        return body;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getParking() {
        return parking;
    }

    public void setParking(String parking) {
        this.parking = parking;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public Integer getSelfServiceTerminals() {
        return selfServiceTerminals;
    }

    public void setSelfServiceTerminals(Integer selfServiceTerminals) {
        this.selfServiceTerminals = selfServiceTerminals;
    }

    public boolean isTwentyFourHourZone() {
        return twentyFourHourZone;
    }

    public void setTwentyFourHourZone(boolean twentyFourHourZone) {
        this.twentyFourHourZone = twentyFourHourZone;
    }

    public HoursForm getHours() {
        return hours;
    }

    public void setHours(HoursForm hours) {
        this.hours = hours == null ? new HoursForm() : hours;
    }

    public List<WindowRow> getWindows() {
        return windows;
    }

    public void setWindows(List<WindowRow> windows) {
        this.windows = windows == null ? new ArrayList<>() : windows;
    }
}
