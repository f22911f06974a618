package io.github.mediaops.connector.trello;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The part of Trello's REST API the connector uses ({@code platform-apis.md} §8.2). Parameters go in a
 * JSON body (Trello accepts body or query) and the key and token in the {@code Authorization: OAuth}
 * header, so that neither the card text nor a credential is ever part of a URL.
 */
interface TrelloApi {

    @POST("1/cards")
    Call<Card> createCard(@Header("Authorization") String auth, @Body NewCard card);

    @POST("1/checklists")
    Call<Checklist> createChecklist(@Header("Authorization") String auth, @Body NewChecklist checklist);

    @POST("1/checklists/{id}/checkItems")
    Call<CheckItem> createCheckItem(@Header("Authorization") String auth, @Path("id") String checklistId,
                                    @Body NewCheckItem item);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewCard(String idList, String name, String desc, String due, String pos) {
    }

    record NewChecklist(String idCard, String name) {
    }

    record NewCheckItem(String name, String pos) {
    }

    /** A card as Trello returns it (the fields the connector reads; the rest is ignored). */
    record Card(String id, Long idShort, String name, String desc, String idList, String idBoard, String due,
                String shortUrl, String url, String dateLastActivity) {
    }

    record Checklist(String id, String name, String idCard, String idBoard, List<CheckItem> checkItems) {
    }

    record CheckItem(String id, String name, String state, String idChecklist) {
    }
}
