package io.onewindow.console.admin.points;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A staff member's posts (his department and every window he holds), as the admin sets them all at once. */
public class PostsForm {

    private String department;
    private List<PostRow> posts = new ArrayList<>();

    /** One post: a window at a service point. */
    public static class PostRow {
        private String servicePointId;
        private String window;

        boolean blank() {
            return (servicePointId == null || servicePointId.isBlank()) && (window == null || window.isBlank());
        }

        public String getServicePointId() {
            return servicePointId;
        }

        public void setServicePointId(String servicePointId) {
            this.servicePointId = servicePointId;
        }

        public String getWindow() {
            return window;
        }

        public void setWindow(String window) {
            this.window = window;
        }
    }

    /** The form filled from the staff member's posts as the registry answers them. */
    @SuppressWarnings("unchecked")
    public static PostsForm of(Map<String, Object> assignment) {
        PostsForm form = new PostsForm();
        form.department = assignment.get("department") == null
                ? null
                : assignment.get("department").toString();
        if (assignment.get("posts") instanceof List<?> posts) {
            for (Object p : posts) {
                Map<String, Object> post = (Map<String, Object>) p;
                PostRow row = new PostRow();
                row.servicePointId = post.get("servicePointId") == null
                        ? null
                        : post.get("servicePointId").toString();
                row.window =
                        post.get("window") == null ? null : post.get("window").toString();
                form.posts.add(row);
            }
        }
        return form;
    }

    /** Adds blank rows (at least one blank row is always offered). */
    public PostsForm withBlankRows(int extra) {
        if (posts.isEmpty() || !posts.get(posts.size() - 1).blank()) {
            posts.add(new PostRow());
        }
        for (int i = 0; i < extra; i++) {
            posts.add(new PostRow());
        }
        return this;
    }

    /** The staff request body: the department and all the posts. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("department", department == null ? null : department.strip());
        body.put(
                "posts",
                posts.stream()
                        .filter(p -> !p.blank())
                        .map(p -> Map.of(
                                "servicePointId", p.servicePointId == null ? "" : p.servicePointId.strip(),
                                "window", p.window == null ? "" : p.window.strip()))
                        .toList());
        return body;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<PostRow> getPosts() {
        return posts;
    }

    public void setPosts(List<PostRow> posts) {
        this.posts = posts == null ? new ArrayList<>() : posts;
    }
}
