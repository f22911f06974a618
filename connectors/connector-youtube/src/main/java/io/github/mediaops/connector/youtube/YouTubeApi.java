package io.github.mediaops.connector.youtube;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;
import retrofit2.http.Url;

/**
 * The YouTube Data API v3, the YouTube Analytics API v2 and Google's OAuth2 token endpoint, as the connector calls
 * them (platform-apis.md §6.2). Paths are relative to the Data API host; the token endpoint, the Analytics host and
 * upload session URIs are passed as absolute URLs. Wire records are tolerant: unknown fields are ignored and counts
 * that Google sends as strings ({@code statistics.viewCount}) are read as text and checked by the mapper.
 */
interface YouTubeApi {

    @FormUrlEncoded
    @POST
    Call<ResponseBody> token(@Url String url, @FieldMap Map<String, String> form);

    @GET("youtube/v3/channels")
    Call<ChannelList> channels(@Header("Authorization") String auth, @Query("part") String part, @Query("mine") boolean mine);

    @GET("youtube/v3/playlistItems")
    Call<PlaylistItemList> playlistItems(@Header("Authorization") String auth, @Query("part") String part,
                                         @Query("playlistId") String playlistId, @Query("maxResults") int maxResults,
                                         @Query("pageToken") String pageToken);

    @GET("youtube/v3/videos")
    Call<VideoList> videos(@Header("Authorization") String auth, @Query("part") String part, @Query("id") String ids);

    @GET("youtube/v3/commentThreads")
    Call<CommentThreadList> commentThreads(@Header("Authorization") String auth, @Query("part") String part,
                                           @Query("videoId") String videoId, @Query("maxResults") int maxResults,
                                           @Query("pageToken") String pageToken, @Query("textFormat") String textFormat);

    @GET("youtube/v3/comments")
    Call<CommentList> replies(@Header("Authorization") String auth, @Query("part") String part,
                              @Query("parentId") String parentId, @Query("maxResults") int maxResults,
                              @Query("textFormat") String textFormat);

    @POST("youtube/v3/comments")
    Call<CommentResource> insertComment(@Header("Authorization") String auth, @Query("part") String part,
                                        @Body CommentInsert body);

    @POST("youtube/v3/comments/setModerationStatus")
    Call<ResponseBody> setModerationStatus(@Header("Authorization") String auth, @Query("id") String id,
                                           @Query("moderationStatus") String status, @Query("banAuthor") Boolean banAuthor);

    @GET
    Call<ResultTable> report(@Url String url, @Header("Authorization") String auth, @Query("ids") String ids,
                             @Query("startDate") String startDate, @Query("endDate") String endDate,
                             @Query("metrics") String metrics, @Query("dimensions") String dimensions,
                             @Query("filters") String filters, @Query("sort") String sort);

    @POST("upload/youtube/v3/videos")
    Call<ResponseBody> startUpload(@Header("Authorization") String auth, @Query("uploadType") String uploadType,
                                   @Query("part") String part, @Header("X-Upload-Content-Length") long length,
                                   @Header("X-Upload-Content-Type") String type, @Body VideoInsert body);

    @PUT
    Call<ResponseBody> putBytes(@Url String session, @Header("Authorization") String auth,
                                @Header("Content-Range") String contentRange, @Body RequestBody bytes);

    // ---------------------------------------------------------------- wire records

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") Object expiresIn,
                       @JsonProperty("refresh_token") String refreshToken,
                       @JsonProperty("refresh_token_expires_in") Object refreshTokenExpiresIn, Object scope,
                       @JsonProperty("token_type") String tokenType, JsonNode error,
                       @JsonProperty("error_description") String errorDescription) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PageInfo(Long totalResults, Long resultsPerPage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelList(String kind, List<Channel> items, PageInfo pageInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(String id, ChannelContentDetails contentDetails, ChannelStatistics statistics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelContentDetails(Map<String, String> relatedPlaylists) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChannelStatistics(Object viewCount, Object subscriberCount, Boolean hiddenSubscriberCount, Object videoCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItemList(List<PlaylistItem> items, String nextPageToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItem(PlaylistItemDetails contentDetails, PlaylistItemSnippet snippet) {
        /** {@code contentDetails.videoId}, or {@code snippet.resourceId.videoId} when only the snippet was sent. */
        String videoId() {
            if (contentDetails != null && contentDetails.videoId() != null) {
                return contentDetails.videoId();
            }
            return snippet == null || snippet.resourceId() == null ? null : snippet.resourceId().videoId();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItemSnippet(ResourceId resourceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResourceId(String kind, String videoId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaylistItemDetails(String videoId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoList(String kind, List<Video> items, PageInfo pageInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Video(String id, VideoSnippet snippet, VideoStatus status, VideoStatistics statistics) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoSnippet(String publishedAt, String channelId, String title, String description, List<String> tags,
                        String categoryId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoStatus(String uploadStatus, String privacyStatus, String failureReason, String rejectionReason,
                       String publishAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VideoStatistics(Object viewCount, Object likeCount, Object dislikeCount, Object favoriteCount,
                           Object commentCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentThreadList(List<CommentThread> items, String nextPageToken, PageInfo pageInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentThread(String id, CommentThreadSnippet snippet, Replies replies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentThreadSnippet(String videoId, CommentResource topLevelComment, Boolean canReply, Long totalReplyCount,
                                Boolean isPublic) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Replies(List<CommentResource> comments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentResource(String id, CommentSnippet snippet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentList(List<CommentResource> items, String nextPageToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommentSnippet(String videoId, String parentId, String textDisplay, String textOriginal,
                          String authorDisplayName, AuthorChannelId authorChannelId, Object likeCount,
                          String moderationStatus, String publishedAt, String updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuthorChannelId(String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommentInsert(CommentInsertSnippet snippet) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommentInsertSnippet(String parentId, String textOriginal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultTable(String kind, List<ColumnHeader> columnHeaders, List<List<JsonNode>> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnHeader(String name, String columnType, String dataType) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoInsert(VideoInsertSnippet snippet, VideoInsertStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoInsertSnippet(String title, String description, List<String> tags, String categoryId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VideoInsertStatus(String privacyStatus, String publishAt, Boolean selfDeclaredMadeForKids) {
    }
}
